package dk.spirekassen.projects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;
import dk.spirekassen.projects.Matchmaking.PartnerSuggestion;
import dk.spirekassen.projects.Matchmaking.NeedSuggestion;
import dk.spirekassen.projects.Matchmaking.Reason;
import dk.spirekassen.search.IndexBuilds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching a need with partners, and a partner with needs: the hard filters, the reasons, "Ikke relevant",
 * invitations and what is counted. Each test makes its own words and theme, so that nothing else in the shared
 * database matches them.
 */
@SpirekassenTest
class MatchmakingIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Mailer mailer;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	private Municipality here;

	private Municipality elsewhere;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
		context.getBean(IndexBuilds.class).running().join();
		here = actors.municipalities().stream().filter(m -> m.getRegion() == Region.HOVEDSTADEN).findFirst()
			.orElseThrow();
		elsewhere = actors.municipalities().stream().filter(m -> m.getRegion() == Region.NORDJYLLAND).findFirst()
			.orElseThrow();
	}

	@Test
	void suggestsOnlyPartnersWhoOfferWhatTheNeedAsksForWithReasons() {
		long theme = actors.createTheme("Skorstensliv", "Chimney life");
		long project = project("Skorstene i Blokland", theme, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om skorstensfejning i gamle etageblokke."), samples.secretariat);
		long knows = partner(PartnerKind.ADVISOR, "Fejerne", "Skorstensfejning og ventilation i etageblokke.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		long onlyFunds = partner(PartnerKind.FOUNDATION, "Fejefonden", "Støtter skorstensfejning i etageblokke.",
				EnumSet.of(Offer.FUNDS), Set.of(), Set.of(theme), 1_000_000L);
		long noReason = partner(PartnerKind.ADVISOR, "Helt andre rådgivere", "Rådgiver om kaninhold på altaner.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(), null);

		var suggested = matchmaking.partnersFor(project, need, samples.secretariat, DANISH);

		assertThat(suggested).extracting(PartnerSuggestion::partnerId).contains(knows).doesNotContain(onlyFunds,
				noReason);
		var fejerne = suggested.stream().filter(s -> s.partnerId() == knows).findFirst().orElseThrow();
		assertThat(fejerne.rank()).isEqualTo(1);
		assertThat(fejerne.reasons()).contains(new Reason(ReasonKind.THEME, "Skorstensliv"));
		assertThat(fejerne.reasons()).filteredOn(r -> r.kind() == ReasonKind.WORDS)
			.singleElement()
			.satisfies(words -> assertThat(words.value()).contains("skorstensfejning", "etageblokke"));
	}

	@Test
	void aPartOfACompoundWordIsAReasonAndNamesTheWordItIsIn() {
		long theme = actors.createTheme("Kedelliv", "Boiler life");
		long project = project("Kedler i Varmeby", theme, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"En energirådgiver til kedlerne i kælderen."), samples.secretariat);
		long partner = partner(PartnerKind.ADVISOR, "Kedelkloge", "Energirenovering af gamle kedelanlæg.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);

		var suggested = matchmaking.partnersFor(project, need, samples.secretariat, DANISH);

		assertThat(suggested).filteredOn(s -> s.partnerId() == partner)
			.singleElement()
			.satisfies(s -> assertThat(s.reasons()).filteredOn(r -> r.kind() == ReasonKind.WORDS)
				.singleElement()
				.as("\"energi\" is in both words, which the partner's text has as one")
				.satisfies(words -> assertThat(words.value()).contains("energirenovering")));
	}

	@Test
	void volunteersMustWorkWhereTheProjectIsAndFoundationsMustCoverTheAmount() {
		long theme = actors.createTheme("Tagrendeliv", "Gutter life");
		long project = project("Tagrender i Rendeby", theme, here);
		long volunteers = projects.addNeed(project, new NeedDetails(NeedKind.VOLUNTEERING, null, null,
				"Frivillige til at rense tagrender hver vinter."), samples.secretariat);
		long local = partner(PartnerKind.CIVIL_SOCIETY, "Rendernes Venner", "Frivillige, der renser tagrender.",
				EnumSet.of(Offer.VOLUNTEERING), Set.of(Region.HOVEDSTADEN), Set.of(theme), null);
		long far = partner(PartnerKind.CIVIL_SOCIETY, "Rendernes Venner Nord", "Frivillige, der renser tagrender.",
				EnumSet.of(Offer.VOLUNTEERING), Set.of(Region.NORDJYLLAND), Set.of(theme), null);
		long anywhere = partner(PartnerKind.ENTHUSIAST, "Rendemester Ib", "Renser tagrender for naboerne.",
				EnumSet.of(Offer.VOLUNTEERING), Set.of(), Set.of(theme), null);

		var suggested = matchmaking.partnersFor(project, volunteers, samples.secretariat, DANISH);
		assertThat(suggested).extracting(PartnerSuggestion::partnerId).contains(local, anywhere).doesNotContain(far);
		assertThat(suggested.stream().filter(s -> s.partnerId() == local).findFirst().orElseThrow().reasons())
			.contains(new Reason(ReasonKind.REGION, Region.HOVEDSTADEN.name()));

		long funds = projects.addNeed(project, new NeedDetails(NeedKind.FUNDS, null, 500_000L,
				"Nye tagrender på alle blokke i Rendeby."), samples.secretariat);
		long large = partner(PartnerKind.FOUNDATION, "Den Store Tagrendefond", "Støtter nye tagrender.",
				EnumSet.of(Offer.FUNDS), Set.of(), Set.of(theme), 2_000_000L);
		long small = partner(PartnerKind.FOUNDATION, "Den Lille Tagrendefond", "Støtter nye tagrender.",
				EnumSet.of(Offer.FUNDS), Set.of(), Set.of(theme), 100_000L);
		assertThat(matchmaking.partnersFor(project, funds, samples.secretariat, DANISH))
			.extracting(PartnerSuggestion::partnerId)
			.contains(large)
			.doesNotContain(small, local);

		long researcher = projects.addNeed(project, new NeedDetails(NeedKind.PARTNER, PartnerKind.RESEARCHER, null,
				"En forsker, der kan måle tagrendernes holdbarhed."), samples.secretariat);
		long scientist = partner(PartnerKind.RESEARCHER, "Tagrendeforskerne", "Forsker i tagrender og regnvand.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		assertThat(matchmaking.partnersFor(project, researcher, samples.secretariat, DANISH))
			.extracting(PartnerSuggestion::partnerId)
			.contains(scientist)
			.doesNotContain(local, anywhere, large);

		// From the partner's side: the same filters, the other way round.
		var localsNeeds = matchmaking.needsFor(partnerViewer(local), DANISH);
		assertThat(localsNeeds).extracting(NeedSuggestion::needId).contains(volunteers).doesNotContain(funds,
				researcher);
		assertThat(matchmaking.needsFor(partnerViewer(far), DANISH)).extracting(NeedSuggestion::needId)
			.doesNotContain(volunteers);
		assertThat(matchmaking.needsFor(partnerViewer(small), DANISH)).extracting(NeedSuggestion::needId)
			.doesNotContain(funds);
		var largesNeeds = matchmaking.needsFor(partnerViewer(large), DANISH);
		assertThat(largesNeeds).extracting(NeedSuggestion::needId).contains(funds);
		assertThat(largesNeeds.stream().filter(s -> s.needId() == funds).findFirst().orElseThrow().reasons())
			.contains(new Reason(ReasonKind.THEME, "Tagrendeliv"));

		// Ideas that still look for people, with the partner's words and themes; not those it is part of.
		long joined = project("Tagrender og regnvand i Deltagerby", theme, here);
		projects.addParticipant(joined, ProjectRole.ADVISOR, null, scientist, null, samples.secretariat);
		var ideas = matchmaking.projectsFor(partnerViewer(scientist), DANISH);
		assertThat(ideas).extracting(Matchmaking.ProjectSuggestion::projectId).contains(project).doesNotContain(joined);
		assertThat(ideas.stream().filter(i -> i.projectId() == project).findFirst().orElseThrow().reasons())
			.contains(new Reason(ReasonKind.THEME, "Tagrendeliv"));
	}

	@Test
	void notRelevantRemovesTheSuggestionForGoodAndStaysPrivate() throws Exception {
		long theme = actors.createTheme("Altanliv", "Balcony life");
		long project = project("Altaner i Altanby", theme, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om altankasser og altanplanter."), samples.secretariat);
		long first = partner(PartnerKind.ADVISOR, "Altanrådgiverne", "Altankasser og altanplanter.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		long second = partner(PartnerKind.ADVISOR, "Altanhaverne", "Altanplanter til etageboliger.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		assertThat(matchmaking.partnersFor(project, need, samples.secretariat, DANISH))
			.extracting(PartnerSuggestion::partnerId).contains(first, second);

		var lead = user(accounts.loadUserByUsername("sekretariat@spirekassen.dk"));
		mvc.perform(post("/projekter/" + project + "/behov/" + need + "/forslag/" + first + "/ikke-relevant")
			.param("reason", "De arbejder kun med parcelhuse")
			.param("rank", "1")
			.with(lead)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(matchmaking.partnersFor(project, need, samples.secretariat, DANISH))
			.extracting(PartnerSuggestion::partnerId).doesNotContain(first).contains(second);
		assertThat(matchmaking.needsFor(partnerViewer(first), DANISH)).as("the lead's no is the lead's only")
			.extracting(NeedSuggestion::needId).contains(need);

		var secondsViewer = partnerViewer(second);
		assertThat(matchmaking.needsFor(secondsViewer, DANISH)).extracting(NeedSuggestion::needId).contains(need);
		matchmaking.dismissNeed(need, "Vi har ikke tid i år", 1, secondsViewer);
		assertThat(matchmaking.needsFor(secondsViewer, DANISH)).extracting(NeedSuggestion::needId)
			.doesNotContain(need);
		assertThat(matchmaking.partnersFor(project, need, samples.secretariat, DANISH))
			.extracting(PartnerSuggestion::partnerId).doesNotContain(second);

		var projectPage = mvc.perform(get("/projekter/" + project).with(lead)).andReturn().getResponse()
			.getContentAsString();
		var suggestionsPage = mvc.perform(get("/projekter/" + project + "/behov/" + need + "/forslag").with(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(projectPage + suggestionsPage).doesNotContain("Vi har ikke tid i år", "parcelhuse");

		mvc.perform(post("/projekter/" + project + "/behov/" + need + "/forslag/" + second + "/ikke-relevant")
			.param("reason", "x".repeat(501))
			.with(lead)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(context.getBean(Dismissals.class).existsByNeedIdAndPartnerIdAndSide(need, second,
				DismissalSide.PROJECT)).as("a reason too long is refused, not cut").isFalse();
	}

	@Test
	void anInvitationTellsThePartnerAndPutsTheNeedFirstOnItsDashboard() throws Exception {
		long theme = actors.createTheme("Kælderliv", "Basement life");
		long project = project("Kældre i Kælderby", theme, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.EXPERIENCE, null, null,
				"Erfaringer med at indrette kælderrum til værksteder."), samples.secretariat);
		long partner = partner(PartnerKind.COMPANY, "Kælderfolkene", "Indretter kælderrum og værksteder.",
				EnumSet.of(Offer.EXPERIENCE), Set.of(), Set.of(theme), null);
		var email = "kaelder-" + UUID.randomUUID() + "@example.dk";
		accounts.createAccount(email, "Karl Kælder", "hemmeligt-kodeord-1", Role.PARTNER, null, partner);

		var lead = user(accounts.loadUserByUsername("sekretariat@spirekassen.dk"));
		var page = Jsoup.parse(mvc.perform(get("/projekter/" + project + "/behov/" + need + "/forslag").with(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var item = page.select("ol.suggestions > li").stream()
			.filter(li -> li.select("h2 a").attr("href").equals("/partnere/" + partner))
			.findFirst()
			.orElseThrow();
		assertThat(item.select(".reason").eachText()).contains("Tema: Kælderliv");
		assertThat(item.select("form[action$=/inviter]")).hasSize(1);

		mvc.perform(post("/projekter/" + project + "/behov/" + need + "/forslag/" + partner + "/inviter")
			.param("rank", "1")
			.with(lead)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/projekter/" + project + "/behov/" + need + "/forslag/" + partner + "/inviter")
			.with(lead)
			.with(csrf())).andExpect(status().is3xxRedirection());

		List<OutgoingMail> mails = mailer.outbox(PageRequest.of(0, 200)).stream()
			.filter(m -> m.getRecipient().equals(email))
			.toList();
		assertThat(mails).as("inviting twice is inviting once").singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Invitation til et behov i Kældre i Kælderby"));

		var partnerUser = user(accounts.loadUserByUsername(email));
		var dashboard = Jsoup.parse(mvc.perform(get("/mit-overblik").with(partnerUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dashboard.select(".notifications").text()).contains("Du er inviteret til et behov i Kældre i Kælderby");
		var firstSuggestion = dashboard.select("#forslag ol.suggestions > li").first();
		assertThat(firstSuggestion).isNotNull();
		assertThat(firstSuggestion.select("h3 a").attr("href")).isEqualTo("/mit-overblik/forslag/" + need + "?plads=1");
		assertThat(firstSuggestion.select(".reason").eachText()).contains("Inviteret af projektet");
		assertThat(matchmaking.partnersFor(project, need, samples.secretariat, DANISH)).first()
			.satisfies(s -> assertThat(s.invited()).isTrue());
	}

	@Test
	void partnersWhoDidSomethingLikeItOrWorkedWithTheOwnerSaySo() {
		long owner = TestOrganisations.create(actors, "Boligselskabet Vindmølle", LocalDate.of(2019, 1, 1));
		long theme = actors.createTheme("Vindliv", "Wind life");
		long earlier = projects.propose(new ProjectDetails("Vindmøller på taget i Møllebyen",
				"Små vindmøller på tagene.", null, Visibility.PUBLIC, owner, null, Set.of(theme), Set.of(), Set.of()),
				samples.secretariat);
		long veteran = partner(PartnerKind.ADVISOR, "Vestenvinden Rådgivning", "Rådgivning om energi.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(), null);
		long coincidence = partner(PartnerKind.ADVISOR, "Tagrådgiverne", "Rådgivning om tage.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(), null);
		projects.addParticipant(earlier, ProjectRole.ADVISOR, null, veteran, null, samples.secretariat);
		long neighbour = TestOrganisations.create(actors, "Boligforeningen Nabovind", LocalDate.of(2018, 1, 1));
		projects.addParticipant(earlier, ProjectRole.PARTICIPANT, neighbour, null, null, samples.secretariat);
		long hidden = projects.propose(new ProjectDetails("Vindmøller på taget i Lukkeby",
				"Små vindmøller på tagene, for deltagerne.", null, Visibility.PARTICIPANTS, null, null, Set.of(theme),
				Set.of(), Set.of()), samples.secretariat);
		long insider = partner(PartnerKind.ADVISOR, "Lukkevinden", "Rådgivning om energi.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		projects.addParticipant(hidden, ProjectRole.ADVISOR, null, insider, null, samples.secretariat);
		long leeward = TestOrganisations.create(actors, "Boligselskabet Læhegn", LocalDate.of(2020, 1, 1));
		long vera = accounts.createAccount("laehegn-" + UUID.randomUUID() + "@example.dk", "Vera Vindstille",
				"hemmeligt-kodeord-1", Role.MEMBER, leeward, null);
		projects.addParticipant(earlier, ProjectRole.PARTICIPANT, null, null, vera, samples.secretariat);
		long hans = accounts.createAccount("laehegn-" + UUID.randomUUID() + "@example.dk", "Hemmelige Hans",
				"hemmeligt-kodeord-1", Role.MEMBER, leeward, null);
		projects.addParticipant(hidden, ProjectRole.PARTICIPANT, null, null, hans, samples.secretariat);

		long project = projects.propose(new ProjectDetails("Vindmøller på taget i Nyby", "Små vindmøller.", null,
				Visibility.PUBLIC, owner, null, Set.of(theme), Set.of(), Set.of()), samples.secretariat);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om små vindmøller på tage."), samples.secretariat);

		var forSecretariat = matchmaking.partnersFor(project, need, samples.secretariat, DANISH);
		var vestenvinden = forSecretariat.stream().filter(s -> s.partnerId() == veteran).findFirst().orElseThrow();
		assertThat(vestenvinden.reasons()).contains(
				new Reason(ReasonKind.SIMILAR_PROJECT, "Vindmøller på taget i Møllebyen"),
				new Reason(ReasonKind.WORKED_WITH, "Boligselskabet Vindmølle"));
		assertThat(forSecretariat).extracting(PartnerSuggestion::partnerId).contains(insider)
			.as("one word in common is a coincidence").doesNotContain(coincidence);

		var organisations = matchmaking.organisationsFor(project, need, samples.secretariat);
		assertThat(organisations)
			.as("member organisations that did something like it; not the project's own")
			.contains(new Matchmaking.OrganisationSuggestion(neighbour, "Boligforeningen Nabovind",
					"Vindmøller på taget i Møllebyen", List.of()))
			.noneMatch(o -> o.organisationId() == owner);
		assertThat(organisations.get(0).organisationId())
			.as("an organisation whose people took part by their login comes first, though it took part by nobody else")
			.isEqualTo(leeward);
		assertThat(organisations.get(0).people()).as("named with the project each took part in")
			.containsExactlyInAnyOrder(
					new Matchmaking.PersonSuggestion("Vera Vindstille", earlier, "Vindmøller på taget i Møllebyen"),
					new Matchmaking.PersonSuggestion("Hemmelige Hans", hidden, "Vindmøller på taget i Lukkeby"));

		var ownersStaff = new Viewer(Long.MAX_VALUE - 7, "Vindmølle-medarbejder", Role.MEMBER, owner, null);
		assertThat(matchmaking.organisationsFor(project, need, ownersStaff))
			.as("someone in a project the reader may not see is not named")
			.filteredOn(o -> o.organisationId() == leeward)
			.singleElement()
			.satisfies(o -> assertThat(o.people()).extracting(Matchmaking.PersonSuggestion::name)
				.containsExactly("Vera Vindstille"));
		assertThat(matchmaking.partnersFor(project, need, ownersStaff, DANISH))
			.as("a project the reader may not see gives no reason, and a theme alone is not enough")
			.extracting(PartnerSuggestion::partnerId)
			.contains(veteran)
			.doesNotContain(insider);
	}

	@Test
	void earlierWorkCountsOnlyInProjectsTheReaderMaySee() {
		long owner = TestOrganisations.create(actors, "Boligselskabet Skjulested", LocalDate.of(2017, 1, 1));
		long theme = actors.createTheme("Kedelvarme", "Boiler heat");
		long secret = projects.propose(new ProjectDetails("Lukket kedelprojekt i Skjulby", "Kedler i kælderen.", null,
				Visibility.PARTICIPANTS, owner, null, Set.of(theme), Set.of(), Set.of()), samples.secretariat);
		long quiet = partner(PartnerKind.ADVISOR, "Stille Kedelrådgivning", "Rådgivning om kedler og fjernvarme.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		projects.addParticipant(secret, ProjectRole.ADVISOR, null, quiet, null, samples.secretariat);
		long project = projects.propose(new ProjectDetails("Kedler i Åbenby", "Nye kedler.", null, Visibility.PUBLIC,
				owner, null, Set.of(theme), Set.of(), Set.of()), samples.secretariat);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om kedler og fjernvarme."), samples.secretariat);
		long elsewhere = TestOrganisations.create(actors, "Boligforeningen Udefra", LocalDate.of(2016, 1, 1));
		long leadAccount = accounts.createAccount("udefra-" + UUID.randomUUID() + "@example.dk", "Lene Leder",
				"hemmeligt-kodeord-1", Role.MEMBER, elsewhere, null);
		projects.addParticipant(project, ProjectRole.LEAD, null, null, leadAccount, samples.secretariat);
		var lead = new Viewer(leadAccount, "Lene Leder", Role.MEMBER, elsewhere, null);
		var workedWith = new Reason(ReasonKind.WORKED_WITH, "Boligselskabet Skjulested");

		assertThat(matchmaking.partnersFor(project, need, samples.secretariat, DANISH))
			.filteredOn(s -> s.partnerId() == quiet)
			.singleElement()
			.satisfies(s -> assertThat(s.reasons()).contains(workedWith));
		assertThat(matchmaking.partnersFor(project, need, lead, DANISH))
			.as("a lead from another organisation may not see the closed project, so it is no reason for them")
			.filteredOn(s -> s.partnerId() == quiet)
			.singleElement()
			.satisfies(s -> assertThat(s.reasons()).doesNotContain(workedWith));
	}

	@Test
	void onlyThoseWhoDecideTheProjectsOffersSeeItsSuggestions() throws Exception {
		long project = project("Cykelskure i Cykelby", null, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om cykelskure."), samples.secretariat);
		assertThatThrownBy(() -> matchmaking.partnersFor(project, need, samples.partner, DANISH))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		mvc.perform(get("/projekter/" + project + "/behov/" + need + "/forslag")
			.with(user(accounts.loadUserByUsername("partner@spirekassen.dk")))).andExpect(status().isForbidden());
	}

	@Test
	void countsWhatIsShownOpenedOfferedAndDismissed() throws Exception {
		long theme = actors.createTheme("Trappeliv", "Stair life");
		long project = project("Trappeopgange i Trappeby", theme, here);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om trappevask og opgangsfællesskaber."), samples.secretariat);
		long partner = partner(PartnerKind.ADVISOR, "Trappefolket", "Trappevask og opgangsfællesskaber.",
				EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of(theme), null);
		var email = "trappe-" + UUID.randomUUID() + "@example.dk";
		accounts.createAccount(email, "Tove Trappe", "hemmeligt-kodeord-1", Role.PARTNER, null, partner);
		var partnerUser = user(accounts.loadUserByUsername(email));
		var before = matchmaking.metrics();

		mvc.perform(get("/mit-overblik").with(partnerUser)).andExpect(status().isOk());
		mvc.perform(get("/mit-overblik/forslag/" + need).param("plads", "1").with(partnerUser))
			.andExpect(status().is3xxRedirection());
		var form = Jsoup.parse(mvc.perform(get("/projekter/" + project + "/behov/" + need + "/tilbud")
			.param("forslag", "1")
			.with(partnerUser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("input[name=suggestedRank]").val()).isEqualTo("1");
		mvc.perform(post("/projekter/" + project + "/behov/" + need + "/tilbud")
			.param("message", "Vi kender trappevask.")
			.param("suggestedRank", "1")
			.with(partnerUser)
			.with(csrf())).andExpect(status().is3xxRedirection());

		var after = matchmaking.metrics();
		assertThat(after.shown()).isGreaterThan(before.shown());
		assertThat(after.opened()).isEqualTo(before.opened() + 1);
		assertThat(after.offers()).isEqualTo(before.offers() + 1);
		assertThat(after.offersFromSuggestions()).isEqualTo(before.offersFromSuggestions() + 1);
		assertThat(after.feedbackAt5()).isEqualTo(before.feedbackAt5() + 1);
		assertThat(after.medianTimeToFirstOffer()).isNotNull();

		long other = partner(PartnerKind.ADVISOR, "Trappetrinnet", "Trappevask.", EnumSet.of(Offer.KNOWLEDGE),
				Set.of(), Set.of(theme), null);
		matchmaking.dismissPartner(project, need, other, null, 2, samples.secretariat);
		var dismissed = matchmaking.metrics();
		assertThat(dismissed.dismissals()).isEqualTo(after.dismissals() + 1);
		assertThat(dismissed.feedbackAt5()).isEqualTo(after.feedbackAt5() + 1);
		assertThat(dismissed.precisionAt5()).isLessThan(after.precisionAt5());

		var metricsPage = Jsoup.parse(mvc.perform(get("/sekretariat/matchning")
			.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(metricsPage.select("#metric-dismissals").text()).isNotBlank();
		assertThat(metricsPage.select("#metric-offers-suggested").text().replaceAll("\\D", ""))
			.isEqualTo(String.valueOf(dismissed.offersFromSuggestions()));
	}

	/** A new login of the partner, as the viewer it signs in as. */
	private Viewer partnerViewer(long partnerId) {
		long account = accounts.createAccount("partner-" + UUID.randomUUID() + "@example.dk", "Partnerens person",
				"hemmeligt-kodeord-1", Role.PARTNER, null, partnerId);
		return new Viewer(account, "Partnerens person", Role.PARTNER, null, partnerId);
	}

	private long project(String title, Long theme, Municipality municipality) {
		return projects.propose(new ProjectDetails(title, "Et projekt om " + title.toLowerCase(DANISH) + ".", null,
				Visibility.PUBLIC, samples.organisation, null, theme == null ? Set.of() : Set.of(theme),
				Set.of(municipality.getCode()), Set.of()), samples.secretariat);
	}

	private long partner(PartnerKind kind, String name, String description, Set<Offer> offers, Set<Region> regions,
			Set<Long> themes, Long grantMax) {
		return actors.createPartner(new PartnerDetails(kind, name, description, null, null, null,
				grantMax == null ? null : 10_000L, grantMax, null, offers, regions, themes));
	}
}
