package dk.spirekassen.actors;

/**
 * The editable facts of a person.
 *
 * @param associationRole the person's role in the association itself, or {@code null}
 */
public record PersonDetails(String name, String email, String phone, String title, AssociationRole associationRole) {
}
