package uk.ectinduction.people;

import java.util.Set;

/** What other modules may know about a person. */
public record Person(long id, String email, String displayName, Set<Role> roles) {}
