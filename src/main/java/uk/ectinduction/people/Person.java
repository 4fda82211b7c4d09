package uk.ectinduction.people;

import java.io.Serializable;
import java.util.Set;

/**
 * What other modules may know about a person. Serializable because a signed-in session (which holds it) is stored in
 * the database between requests.
 */
public record Person(long id, String email, String displayName, Set<Role> roles) implements Serializable {

    private static final long serialVersionUID = 1L;
}
