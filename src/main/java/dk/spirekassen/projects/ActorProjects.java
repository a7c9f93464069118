package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorWork;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.TextSearch;

/**
 * The projects an organisation or a partner owns or takes part in, and the organisations and partners it shares them
 * with, among the projects the reader may see: one query of the search index, whose count of each actor over the
 * matching projects gives the collaborators. A project the reader may not see shows no work and no collaborator.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
class ActorProjects implements ActorWork {

	/** The newest projects shown on an actor's page. */
	static final int SHOWN = 10;

	/** The collaborators shown, most shared projects first. */
	static final int COLLABORATORS = 20;

	private final EntityManager entityManager;

	private final Directory directory;

	private final RecentReads recent;

	ActorProjects(EntityManager entityManager, Directory directory, RecentReads recent) {
		this.entityManager = entityManager;
		this.directory = directory;
		this.recent = recent;
	}

	@Override
	public WorkTogether of(String actor, Authentication reader, Locale locale) {
		return of(actor, Viewer.of(reader));
	}

	WorkTogether of(String actor, Viewer viewer) {
		return recent.get(new ListPage("work", actor, viewer.sees(), null, null), () -> read(actor, viewer));
	}

	private WorkTogether read(String actor, Viewer viewer) {
		var actors = AggregationKey.<Map<String, Long>>of(SearchFields.ACTORS);
		var result = Search.session(entityManager)
			.search(Project.class)
			.select(f -> f.id(Long.class))
			.where(f -> {
				var visible = ProjectCatalogue.visibleInIndex(f, viewer);
				visible.filter(f.match().field(SearchFields.ACTORS).matching(actor));
				return visible;
			})
			.aggregation(actors,
					f -> f.terms().field(SearchFields.ACTORS, String.class).maxTermCount(COLLABORATORS + 1))
			.sort(f -> f.field(SearchFields.UPDATED).desc().then().field(SearchFields.ID).desc())
			.fetch(SHOWN);
		var work = TextSearch.inOrder(entityManager, Project.class, result.hits())
			.stream()
			.map(p -> new Work(p.getTitle(), "/projekter/" + p.getId(), p.getStage()))
			.toList();
		return new WorkTogether(work, result.total().hitCount(), collaborators(actor, result.aggregation(actors)));
	}

	/** The other actors counted over the actor's projects, with their names and pages, most shared first. */
	private List<Collaborator> collaborators(String actor, Map<String, Long> counts) {
		var organisations = new ArrayList<Long>();
		var partners = new ArrayList<Long>();
		counts.keySet().stream().filter(key -> !key.equals(actor)).forEach(key -> {
			var organisation = SearchFields.organisationIn(key);
			var partner = SearchFields.partnerIn(key);
			if (organisation != null) {
				organisations.add(organisation);
			}
			else if (partner != null) {
				partners.add(partner);
			}
		});
		var organisationNames = directory.organisationNames(organisations);
		var partnerNames = directory.partnerNames(partners);
		var collaborators = new ArrayList<Collaborator>();
		organisations.stream()
			.filter(organisationNames::containsKey)
			.forEach(id -> collaborators.add(new Collaborator(organisationNames.get(id), "/organisationer/" + id,
					counts.get(SearchFields.organisation(id)))));
		partners.stream()
			.filter(partnerNames::containsKey)
			.forEach(id -> collaborators.add(new Collaborator(partnerNames.get(id), "/partnere/" + id,
					counts.get(SearchFields.partner(id)))));
		// A collator is not safe to share between threads.
		var danish = Collator.getInstance(Locale.forLanguageTag("da"));
		collaborators.sort(Comparator.comparingLong(Collaborator::together)
			.reversed()
			.thenComparing(Collaborator::name, danish::compare));
		return collaborators.size() > COLLABORATORS ? collaborators.subList(0, COLLABORATORS) : collaborators;
	}
}
