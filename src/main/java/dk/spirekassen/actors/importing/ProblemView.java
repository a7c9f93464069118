package dk.spirekassen.actors.importing;

/**
 * A problem as the pages show it, in the reader's language.
 *
 * @param line the line in the file, the header being line 1; 0 for the file as a whole
 * @param column the column's header as the file has it; {@code null} for the file as a whole
 * @param reason why the value was rejected
 * @param summary line, column and reason in one sentence
 */
public record ProblemView(int line, String column, String reason, String summary) {
}
