package uk.ectinduction.people;

/** Published when an admin disables an account, so that whoever holds its sessions can end them. */
public record AccountDisabled(long userId) {
}
