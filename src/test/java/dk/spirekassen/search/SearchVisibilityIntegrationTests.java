package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search never shows a reader what they may not see: no project, need, file, idea or person's data in the hits,
 * the counts or the facets, for anonymous visitors, staff of members, partners and the secretariat alike.
 */
@SpirekassenTest
class SearchVisibilityIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SiteSearch search;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	ProjectManagement projects;

	@Autowired
	Directory directory;

	@Autowired
	IndexBuilds builds;

	private ProjectSamples samples;

	private Samples directorySamples;

	@BeforeEach
	void samples() {
		directorySamples = new Samples(context);
		samples = directorySamples.projects;
		builds.running().join();
	}

	private List<Viewer> viewers() {
		return List.of(Viewer.ANONYMOUS, samples.member, samples.partner, samples.secretariat);
	}

	@Test
	void findsAProjectExactlyWhenTheReaderMaySeeIt() {
		var sampleProjects = List.of(samples.project, samples.otherProject, samples.membersProject,
				samples.participantsProject, samples.otherParticipantsProject);
		for (var viewer : viewers()) {
			var found = search(new SearchRequest("prøveprojekt", SearchKind.PROJECT, null, null, null, null, null,
					null, null), viewer).hits().stream().map(Hit::id).collect(Collectors.toSet());
			for (var id : sampleProjects) {
				assertThat(found.contains(id)).as("project %d for %s", id, viewer)
					.isEqualTo(catalogue.title(id, viewer).isPresent());
			}
		}
		assertThat(catalogue.title(samples.membersProject, Viewer.ANONYMOUS)).isEmpty();
		assertThat(catalogue.title(samples.membersProject, samples.member)).isPresent();
		assertThat(catalogue.title(samples.otherParticipantsProject, samples.partner)).isEmpty();
	}

	@Test
	void everyHitCountAndFacetStaysWithinWhatTheReaderMaySee() {
		for (var viewer : viewers()) {
			for (var words : List.of("prøveprojekt", "varmepumper", "viden", "beboere", "projekt")) {
				var results = search(SearchRequest.of(words), viewer);
				var hits = results.hits();
				assertThat(hits).as("%s finds something for %s", viewer, words).isNotEmpty();
				hits.forEach(hit -> assertThat(maySee(hit, viewer)).as("%s may see %s", viewer, hit).isTrue());
				var byKind = results.results().facets().get(dk.spirekassen.shared.SearchFields.KIND);
				assertThat(byKind.values().stream().mapToLong(Long::longValue).sum()).as("kinds counted for %s", words)
					.isEqualTo(results.total());
				assertThat(results.total()).isEqualTo(hits.size());
				for (var kind : SearchKind.values()) {
					assertThat(byKind.getOrDefault(kind.name(), 0L)).as("%s counted for %s", kind, viewer)
						.isEqualTo(hits.stream().filter(hit -> hit.kind() == kind).count());
				}
			}
		}
	}

	@Test
	void findsTheFilesOfAClosedProjectOnlyForItsReadersUnlessThePublicResult() {
		var closedFiles = Set.of(samples.otherParticipantsFile, samples.otherParticipantsPublicFile);
		for (var viewer : viewers()) {
			var found = search(new SearchRequest("vejledning", SearchKind.FILE, null, null, null, null, null,
					null, null), viewer).hits().stream().map(Hit::id).filter(closedFiles::contains).toList();
			var expected = closedFiles.stream().filter(file -> mayDownload(samples.otherParticipantsProject, file,
					viewer)).toList();
			assertThat(found).as("files for %s", viewer).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void findsPeopleForSignedInReadersOnlyAndNeverByTheirContactDetails() {
		var person = directory.organisation(directorySamples.organisation)
			.orElseThrow()
			.people()
			.stream()
			.filter(p -> p.email() != null)
			.findFirst()
			.orElseThrow();
		var byName = "\"" + person.name() + "\"";
		assertThat(ids(search(SearchRequest.of(byName), Viewer.ANONYMOUS), SearchKind.PERSON)).isEmpty();
		assertThat(ids(search(SearchRequest.of(byName), samples.member), SearchKind.PERSON)).contains(person.id());
		for (var viewer : viewers()) {
			var byEmail = search(SearchRequest.of("\"" + person.email() + "\""), viewer);
			assertThat(ids(byEmail, SearchKind.PERSON)).as("found by email for %s", viewer).doesNotContain(person.id());
			search(SearchRequest.of(byName), viewer).hits()
				.forEach(hit -> assertThat(hit.passageHtml() + hit.titleHtml()).doesNotContain(person.email()));
		}
	}

	@Test
	void highlightsEscapeTheTextTheyMark() {
		var id = projects.propose(new ProjectDetails("Skurvogn <script>alert(1)</script> & cykelværksted",
				"Et <b>værksted</b> i skurvognen.", null, Visibility.PUBLIC, samples.organisation, null, Set.of(),
				Set.of(), Set.of()), samples.secretariat);
		var hit = search(SearchRequest.of("cykelværksted skurvognen"), Viewer.ANONYMOUS).hits()
			.stream()
			.filter(h -> h.kind() == SearchKind.PROJECT && h.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(hit.titleHtml()).doesNotContain("<script").contains("&lt;script&gt;").contains("<mark>");
		assertThat(hit.passageHtml()).doesNotContain("<b>").contains("&lt;b&gt;");
	}

	private boolean maySee(Hit hit, Viewer viewer) {
		return switch (hit.kind()) {
			case PROJECT -> catalogue.title(hit.id(), viewer).isPresent();
			case NEED -> catalogue.title(hit.projectId(), viewer).isPresent();
			case FILE -> mayDownload(hit.projectId(), hit.id(), viewer);
			case PERSON -> viewer.signedIn();
			case IDEA, GROUP -> viewer.secretariat();
			case ORGANISATION, DEPARTMENT, PARTNER, DAY -> true;
		};
	}

	private boolean mayDownload(long project, long file, Viewer viewer) {
		try {
			projects.download(project, file, viewer);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	private static List<Long> ids(Found found, SearchKind kind) {
		return found.hits().stream().filter(hit -> hit.kind() == kind).map(Hit::id).toList();
	}

	/** Every hit of a search (up to 500), with the total and the facets. */
	private record Found(List<Hit> hits, long total, SearchResults results) {
	}

	private Found search(SearchRequest request, Viewer viewer) {
		var results = search.search(request, viewer, PageRequest.of(0, 500));
		return new Found(results.hits().getContent(), results.hits().getTotalElements(), results);
	}
}
