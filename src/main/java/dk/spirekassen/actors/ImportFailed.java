package dk.spirekassen.actors;

/**
 * An import of organisations and departments failed after writing some of its rows, which its transaction took back;
 * copies of them made meanwhile (in the search index) must go.
 */
public record ImportFailed(long jobId) {
}
