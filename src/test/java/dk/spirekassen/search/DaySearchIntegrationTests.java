package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.devdays.DayIdea;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayViews.DayRow;
import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site-wide search finds the demo data's development days by their programmes, and their ideas and project
 * groups for the secretariat only, never by the names of the people who proposed them.
 */
@SpirekassenTest
class DaySearchIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final Set<SearchKind> DAY_KINDS = Set.of(SearchKind.DAY, SearchKind.IDEA, SearchKind.GROUP);

	@Autowired
	SiteSearch search;

	@Autowired
	DayManagement days;

	@Autowired
	IdeaManagement ideas;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	IndexBuilds builds;

	/** Other tests of the shared context may have asked for a rebuild (the authorisation matrix does). */
	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@Test
	void findsADayByAWordOnlyItsProgrammeContains() throws Exception {
		var day = pastDays().stream()
			.map(row -> days.day(row.id(), DANISH))
			.filter(view -> !view.programme().isEmpty())
			.findFirst()
			.orElseThrow();
		var word = programmeOnlyWord(day);

		var hits = hits(word, null, Viewer.ANONYMOUS);

		var found = hits.stream().filter(hit -> hit.kind() == SearchKind.DAY && hit.id() == day.row().id()).toList();
		assertThat(found).as("days found by %s", word).hasSize(1);
		assertThat(found.get(0).url()).isEqualTo("/udviklingsdage/" + day.row().id());
		assertThat(found.get(0).passageHtml()).containsIgnoringCase("<mark>" + word);
		mvc.perform(get(found.get(0).url()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(word)));
	}

	@Test
	void findsAnIdeaAndAGroupForTheSecretariatOnly() throws Exception {
		var dayId = pastDays().stream()
			.map(DayRow::id)
			.filter(id -> !ideas.groups(id).isEmpty())
			.findFirst()
			.orElseThrow();
		var idea = ideas.ideas(dayId).get(0);
		var group = ideas.groups(dayId).get(0);

		var ideaHits = hits(idea.getTitle(), SearchKind.IDEA, viewer("sekretariat@spirekassen.dk"));
		var groupHits = hits(group.summary(), SearchKind.GROUP, viewer("sekretariat@spirekassen.dk"));

		var foundIdea = ideaHits.stream().filter(hit -> hit.id() == idea.getId()).findFirst().orElseThrow();
		assertThat(foundIdea.url()).isEqualTo("/sekretariat/udviklingsdage/" + dayId + "/ideer#ide-" + idea.getId());
		var foundGroup = groupHits.stream().filter(hit -> hit.id() == group.id()).findFirst().orElseThrow();
		assertThat(foundGroup.url()).isEqualTo("/sekretariat/udviklingsdage/" + dayId + "/ideer#gruppe-" + group.id());
		mvc.perform(get(page(foundIdea.url())).with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ide-" + idea.getId() + "\"")))
			.andExpect(content().string(containsString("id=\"gruppe-" + group.id() + "\"")));
		var others = List.of(Viewer.ANONYMOUS, viewer("medlem@spirekassen.dk"), viewer("partner@spirekassen.dk"));
		for (var viewer : others) {
			assertThat(hits(idea.getTitle(), SearchKind.IDEA, viewer)).as("ideas for %s", viewer.role()).isEmpty();
			assertThat(hits(group.summary(), SearchKind.GROUP, viewer)).as("groups for %s", viewer.role()).isEmpty();
			assertThat(hits(idea.getTitle(), null, viewer)).extracting(Hit::kind).doesNotContain(SearchKind.IDEA,
					SearchKind.GROUP);
		}
	}

	@Test
	void neverFindsADayItsIdeasOrGroupsByTheNameOfAParticipant() {
		var names = new TreeSet<String>();
		pastDays().forEach(day -> ideas.ideas(day.id()).stream().map(DayIdea::getProposerName).forEach(names::add));
		assertThat(names).isNotEmpty();

		for (var name : names) {
			var hits = hits("\"" + name + "\"", null, viewer("sekretariat@spirekassen.dk"));
			assertThat(hits).as("hits for %s", name).extracting(Hit::kind).doesNotContainAnyElementsOf(DAY_KINDS);
		}
	}

	private List<DayRow> pastDays() {
		var past = days.past(DANISH);
		assertThat(past).isNotEmpty();
		return past;
	}

	/** A word of the day's programme that none of the day's other texts contains. */
	private static String programmeOnlyWord(DayView day) {
		var others = Stream.of(day.row().title(), day.row().venue(), day.descriptionHtml(), day.address(),
				day.organisers()).filter(Objects::nonNull).reduce("", String::concat).toLowerCase(DANISH);
		return day.programme()
			.stream()
			.flatMap(item -> Stream.of(item.title(), item.description()))
			.filter(Objects::nonNull)
			.flatMap(text -> Arrays.stream(text.split("[^\\p{L}]+")))
			.filter(word -> word.length() >= 7 && !others.contains(word.toLowerCase(DANISH)))
			.findFirst()
			.orElseThrow();
	}

	private static String page(String url) {
		return url.substring(0, url.indexOf('#'));
	}

	private List<Hit> hits(String words, SearchKind kind, Viewer viewer) {
		var request = new SearchRequest(words, kind, null, null, null, null, null, null, null);
		return search.search(request, viewer, PageRequest.of(0, 50)).hits().getContent();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
