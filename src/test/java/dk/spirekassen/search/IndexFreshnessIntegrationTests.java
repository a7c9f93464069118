package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows every change as soon as it is committed: new and changed texts, needs, and who may read a
 * project when its visibility or its participants change.
 */
@SpirekassenTest
class IndexFreshnessIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	SiteSearch search;

	@Autowired
	IndexBuilds builds;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
		builds.running().join();
	}

	@Test
	void findsANewProjectAndItsChangesAtOnce() {
		var id = projects.propose(details("Kompostbeholdere i gården", "Fælles kompost for opgangene.",
				Visibility.PUBLIC), samples.secretariat);
		assertThat(ids("kompostbeholdere", Viewer.ANONYMOUS, SearchKind.PROJECT)).contains(id);

		projects.update(id, details("Regnvandstønder i gården", "Fælles regnvand for opgangene.", Visibility.PUBLIC),
				samples.secretariat);
		assertThat(ids("regnvandstønder", Viewer.ANONYMOUS, SearchKind.PROJECT)).contains(id);
		assertThat(ids("kompostbeholdere", Viewer.ANONYMOUS, SearchKind.PROJECT)).doesNotContain(id);
	}

	@Test
	void findsANeedByItsTextUntilItIsMet() {
		var id = projects.propose(details("Lydisolering af fælleslokalet", "Mindre larm.", Visibility.PUBLIC),
				samples.secretariat);
		var need = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"En akustiker, der kan måle efterklangstiden."), samples.secretariat);
		assertThat(ids("efterklangstiden", Viewer.ANONYMOUS, SearchKind.NEED)).contains(need);
		assertThat(ids("efterklangstiden", Viewer.ANONYMOUS, SearchKind.PROJECT)).as("a need's text is its project's")
			.contains(id);
		projects.setNeedStatus(id, need, NeedStatus.MET, samples.secretariat);
		var onBehov = context.getBean(dk.spirekassen.projects.ProjectCatalogue.class)
			.openNeeds(new dk.spirekassen.projects.NeedFilter("efterklangstiden", null, null, null, null),
					Viewer.ANONYMOUS, PageRequest.of(0, 10), java.util.Locale.ROOT);
		assertThat(onBehov.getContent()).isEmpty();
	}

	@Test
	void followsWhoMayReadAProjectWhenItsVisibilityOrParticipantsChange() {
		var id = projects.propose(details("Lukket forsøg med varmestyring", "Kun for deltagerne.",
				Visibility.PARTICIPANTS), samples.secretariat);
		var need = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om termostatventiler."), samples.secretariat);
		assertThat(ids("varmestyring", samples.partner, SearchKind.PROJECT)).doesNotContain(id);
		assertThat(ids("termostatventiler", samples.partner, SearchKind.NEED)).doesNotContain(need);

		projects.addParticipant(id, ProjectRole.ADVISOR, null, samples.partner.partnerId(), null,
				samples.secretariat);
		assertThat(ids("varmestyring", samples.partner, SearchKind.PROJECT)).contains(id);
		assertThat(ids("termostatventiler", samples.partner, SearchKind.NEED)).contains(need);
		assertThat(ids("varmestyring", Viewer.ANONYMOUS, SearchKind.PROJECT)).doesNotContain(id);

		projects.update(id, details("Lukket forsøg med varmestyring", "Nu for alle.", Visibility.PUBLIC),
				samples.secretariat);
		assertThat(ids("varmestyring", Viewer.ANONYMOUS, SearchKind.PROJECT)).contains(id);
		assertThat(ids("termostatventiler", Viewer.ANONYMOUS, SearchKind.NEED)).contains(need);
	}

	@Test
	void servesARecentSearchAgainOnlyToReadersWhoSeeTheSameAndOnlyUntilTheIndexChanges() {
		var id = projects.propose(details("Fælles værktøjsskur", "Værktøj til at låne.", Visibility.MEMBERS),
				samples.secretariat);
		var request = new SearchRequest("værktøjsskur", null, null, null, null, null, null, null, null);
		var first = search.search(request, samples.member, PageRequest.of(0, 10));
		assertThat(ids(first)).contains(id);
		assertThat(search.search(request, samples.member, PageRequest.of(0, 10))).as("kept").isSameAs(first);
		assertThat(ids(search.search(request, Viewer.ANONYMOUS, PageRequest.of(0, 10))))
			.as("not served to a reader who may not see the members' project")
			.doesNotContain(id);
		assertThat(search.search(request, samples.member, PageRequest.of(0, 20))).as("another page size")
			.isNotSameAs(first);

		projects.update(id, details("Fælles værktøjsskur", "Værktøj og cykelpumpe til at låne.", Visibility.PUBLIC),
				samples.secretariat);
		var afterChange = search.search(request, Viewer.ANONYMOUS, PageRequest.of(0, 10));
		assertThat(ids(afterChange)).as("the change is seen at once").contains(id);

		var state = context.getBean(dk.spirekassen.shared.IndexState.class);
		state.whole(false);
		try {
			assertThat(search.search(request, Viewer.ANONYMOUS, PageRequest.of(0, 10)))
				.as("nothing kept while the index is rebuilt")
				.isNotSameAs(search.search(request, Viewer.ANONYMOUS, PageRequest.of(0, 10)));
		}
		finally {
			state.whole(true);
		}
	}

	@Test
	void findsWhatCarriesAThemeByItsNewNameOnceTheThemeIsRenamed() {
		var actors = context.getBean(dk.spirekassen.actors.ActorManagement.class);
		long theme = actors.createTheme("Skybrudssikring", "Cloudburst protection");
		var id = projects.propose(new ProjectDetails("Lokal afledning i gården", "Vand væk fra kældrene.", null,
				Visibility.PUBLIC, samples.organisation, null, Set.of(theme), Set.of(), Set.of()), samples.secretariat);
		var need = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Viden om faskiner."),
				samples.secretariat);
		long partner = actors.createPartner(new dk.spirekassen.actors.PartnerDetails(
				dk.spirekassen.actors.PartnerKind.ADVISOR, "Afledningsrådgiverne", "Vi rådgiver om vand.", null, null,
				null, null, null, null, Set.of(), Set.of(), Set.of(theme)));
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.PROJECT)).contains(id);
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.NEED)).contains(need);
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.PARTNER)).contains(partner);

		actors.renameTheme(theme, "Regnbede og grønne tage", "Rain gardens and green roofs");
		context.getBean(ThemeRenames.class).running().join();

		assertThat(ids("regnbede", Viewer.ANONYMOUS, SearchKind.PROJECT)).contains(id);
		assertThat(ids("regnbede", Viewer.ANONYMOUS, SearchKind.NEED)).contains(need);
		assertThat(ids("regnbede", Viewer.ANONYMOUS, SearchKind.PARTNER)).contains(partner);
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.PROJECT)).doesNotContain(id);
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.NEED)).doesNotContain(need);
		assertThat(ids("skybrudssikring", Viewer.ANONYMOUS, SearchKind.PARTNER)).doesNotContain(partner);
	}

	private static List<Long> ids(SearchResults results) {
		return results.hits().stream().map(Hit::id).toList();
	}

	private ProjectDetails details(String title, String summary, Visibility visibility) {
		return new ProjectDetails(title, summary, null, visibility, samples.organisation, null, Set.of(), Set.of(),
				Set.of());
	}

	private List<Long> ids(String words, Viewer viewer, SearchKind kind) {
		return search
			.search(new SearchRequest(words, kind, null, null, null, null, null, null, null), viewer,
					PageRequest.of(0, 50))
			.hits()
			.stream()
			.map(Hit::id)
			.toList();
	}
}
