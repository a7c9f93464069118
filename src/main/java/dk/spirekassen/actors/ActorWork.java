package dk.spirekassen.actors;

import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Locale;

/**
 * What an organisation or a partner has worked on, and with whom, as the reader may see it: shown on its page. The
 * directory does not know projects; the module that does answers through this, so the directory depends on none of
 * it (absent, as in the directory's own tests, a page shows no work).
 */
public interface ActorWork {

	/**
	 * The work of an actor, by its key in the search index ({@code SearchFields.organisation(id)} or
	 * {@code SearchFields.partner(id)}), as {@code reader} may see it.
	 */
	WorkTogether of(String actor, Authentication reader, Locale locale);

	/**
	 * The newest work an actor took part in (at most a page of it) and how much there is in all, and the actors it
	 * shared that work with, most shared first.
	 */
	record WorkTogether(List<Work> work, long total, List<Collaborator> collaborators) {

		public static final WorkTogether NONE = new WorkTogether(List.of(), 0, List.of());

		/** How many more there are than are shown. */
		public long more() {
			return Math.max(0, total - work.size());
		}
	}

	/** A project (or another piece of work): its title, page and stage. */
	record Work(String title, String href, Enum<?> stage) {
	}

	/** An organisation or partner the actor worked with, and on how many pieces of work. */
	record Collaborator(String name, String href, long together) {
	}
}
