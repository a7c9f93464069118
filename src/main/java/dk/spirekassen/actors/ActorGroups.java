package dk.spirekassen.actors;

import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Locale;

/**
 * The project groups of development days that an organisation's staff or a partner's people joined, shown on its
 * page. Told by the module that holds development days, so that the directory depends on none of it.
 */
public interface ActorGroups {

	/**
	 * The newest groups the actor (by its key in the search index) took part in, each as a piece of work with the
	 * day it was formed on; {@code null} when the reader may not see groups (they are for members and the
	 * secretariat).
	 */
	List<ActorWork.Work> of(String actor, Authentication reader, Locale locale);
}
