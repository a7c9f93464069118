package dk.spirekassen.network;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.DaySamples;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.IdeaManagement;
import org.awaitility.Awaitility;
import java.time.Duration;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.network.NetworkView.Node;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.SearchFields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The network links the organisations and partners that share projects (and, for the secretariat, groups), weighted
 * by how many; each audience sees only the links of the projects it may see; bridges and filters work on it; the
 * page shows it as a drawing and a table; and every node serves the snapshot stored in the database.
 */
@SpirekassenTest
class NetworkIntegrationTests {

	private static final int KOEBENHAVN = 101;

	private static final int AARHUS = 751;

	@Autowired
	ApplicationContext context;

	@Autowired
	NetworkManagement network;

	@Autowired
	NetworkLinks links;

	@Autowired
	NetworkSnapshots snapshots;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
	}

	@Test
	void linksActorsWeightedByTheProjectsTheyShare() {
		long theme = theme("Netværk vægt");
		long owner = organisation("Boligselskabet Netvægt");
		long advisor = partner("Rådgiverne Netvægt");
		for (var title : new String[] { "Netvægts første", "Netvægts andet" }) {
			long project = project(title, Visibility.PUBLIC, owner, theme, KOEBENHAVN);
			projects.addParticipant(project, ProjectRole.ADVISOR, null, advisor, null, samples.secretariat);
		}
		network.rebuildNow();

		var view = network.network(Audience.PUBLIC, themed(theme)).view();
		assertThat(view.actorCount()).isEqualTo(2);
		assertThat(view.linkCount()).isEqualTo(1);
		var ownerNode = view.node(SearchFields.organisation(owner)).orElseThrow();
		assertThat(ownerNode.degree()).isEqualTo(1);
		assertThat(ownerNode.together()).as("two shared projects").isEqualTo(2);
		assertThat(ownerNode.kind()).isEqualTo(ActorKind.ORGANISATION);
		assertThat(ownerNode.href()).isEqualTo("/organisationer/" + owner);
		assertThat(view.node(SearchFields.partner(advisor)).orElseThrow().href()).isEqualTo("/partnere/" + advisor);
	}

	@Test
	void showsALinkOnlyToTheAudiencesThatMaySeeItsProject() {
		long theme = theme("Netværk synlighed");
		long owner = organisation("Boligselskabet Netsyn");
		long insider = partner("Lukkede Netsyn-rådgivere");
		long member = partner("Medlemmernes Netsyn-rådgivere");
		long closed = project("Netsyns lukkede", Visibility.PARTICIPANTS, owner, theme, KOEBENHAVN);
		projects.addParticipant(closed, ProjectRole.ADVISOR, null, insider, null, samples.secretariat);
		long members = project("Netsyns for medlemmer", Visibility.MEMBERS, owner, theme, KOEBENHAVN);
		projects.addParticipant(members, ProjectRole.ADVISOR, null, member, null, samples.secretariat);
		network.rebuildNow();

		var ownerKey = SearchFields.organisation(owner);
		var publicView = network.network(Audience.PUBLIC, themed(theme)).view();
		assertThat(publicView.actorCount()).isZero();
		assertThat(network.network(Audience.PUBLIC, NetworkFilter.NONE).view().node(ownerKey)).isEmpty();

		var membersView = network.network(Audience.MEMBERS, themed(theme)).view();
		assertThat(membersView.nodes()).extracting(Node::key)
			.containsExactlyInAnyOrder(ownerKey, SearchFields.partner(member));

		var allView = network.network(Audience.ALL, themed(theme)).view();
		assertThat(allView.nodes()).extracting(Node::key)
			.containsExactlyInAnyOrder(ownerKey, SearchFields.partner(member), SearchFields.partner(insider));
		assertThat(allView.node(ownerKey).orElseThrow().degree()).isEqualTo(2);
	}

	@Test
	void linksTheOrganisationsOfADevelopmentDaysGroupForTheSecretariatOnly() {
		var day = DaySamples.of(context).day;
		long first = organisation("Boligselskabet Gruppenet Ét");
		long second = organisation("Boligselskabet Gruppenet To");
		var desk = context.getBean(RegistrationDesk.class);
		var members = new java.util.HashSet<Long>();
		for (long organisation : new long[] { first, second }) {
			members.add(desk.register(day, new RegistrationDetails("Gruppenet " + organisation,
					"gruppenet-" + System.nanoTime() + "@example.dk", null, organisation,
					ParticipantType.HOUSING_STAFF, null, null, true), null, null).registrationId());
		}
		var ideas = context.getBean(IdeaManagement.class);
		long idea = ideas.addIdea(day, "Gruppenettets idé", "En idé", null, "Sekretariatet");
		long group = ideas.formGroup(day, "Gruppenettet", "En gruppe", Set.of(idea), members, "Sekretariatet");
		// The group becomes a project for members with both organisations in it: one tie for members, two for all.
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.projectOfGroup(group).isPresent());
		network.rebuildNow();

		var key = SearchFields.organisation(first);
		assertThat(network.network(Audience.ALL, NetworkFilter.NONE).view().node(key).orElseThrow().together())
			.as("the group and its project").isEqualTo(2);
		assertThat(network.network(Audience.MEMBERS, NetworkFilter.NONE).view().node(key).orElseThrow().together())
			.as("its project only").isEqualTo(1);
		assertThat(network.network(Audience.PUBLIC, NetworkFilter.NONE).view().node(key)).isEmpty();
	}

	@Test
	void listsTheActorBetweenTwoClustersAsTheBridge() {
		long theme = theme("Netværk bro");
		long bridge = bridgeBetweenTwoClusters(theme);
		network.rebuildNow();

		var view = network.network(Audience.PUBLIC, themed(theme)).view();
		assertThat(view.actorCount()).isEqualTo(7);
		var highest = view.nodes().stream().max(Comparator.comparingDouble(Node::betweenness)).orElseThrow();
		assertThat(highest.key()).isEqualTo(SearchFields.partner(bridge));
		// 9 of the 15 pairs of the others go through the bridge; JGraphT normalises by (n-1)(n-2) = 30.
		assertThat(highest.betweenness()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(view.bridges()).isNotEmpty();
		var first = view.bridges().get(0);
		assertThat(first.node().key()).isEqualTo(SearchFields.partner(bridge));
		assertThat(first.reasons()).contains(BridgeReason.SECTOR, BridgeReason.REGIONS);
		assertThat(view.bridges()).extracting(b -> b.node().key())
			.as("only the bridge lies between others")
			.containsExactly(SearchFields.partner(bridge));
	}

	@Test
	void filtersDropTheLinksOfOtherRegionsAndYears() {
		long theme = theme("Netværk filtre");
		long bridge = bridgeBetweenTwoClusters(theme);
		network.rebuildNow();
		int thisYear = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();

		var capital = network.network(Audience.PUBLIC, new NetworkFilter(theme, Region.HOVEDSTADEN, null, null)).view();
		assertThat(capital.actorCount()).isEqualTo(4);
		assertThat(capital.node(SearchFields.partner(bridge)).orElseThrow().betweenness()).isZero();
		assertThat(network.network(Audience.PUBLIC, new NetworkFilter(theme, Region.NORDJYLLAND, null, null))
			.view()
			.actorCount()).isZero();
		assertThat(network.network(Audience.PUBLIC, new NetworkFilter(theme, null, thisYear, thisYear))
			.view()
			.actorCount()).isEqualTo(7);
		assertThat(network.network(Audience.PUBLIC, new NetworkFilter(theme, null, thisYear + 1, null))
			.view()
			.actorCount()).isZero();
		assertThat(network.network(Audience.PUBLIC, new NetworkFilter(theme, null, null, thisYear - 1))
			.view()
			.actorCount()).isZero();
	}

	@Test
	void pageDrawsTheNetworkWithLinksToProfilesAndTheSameInATable() throws Exception {
		long theme = theme("Netværk side");
		long owner = organisation("Boligselskabet Netside");
		long advisor = partner("Rådgiverne Netside");
		long project = project("Netsides projekt", Visibility.PUBLIC, owner, theme, AARHUS);
		projects.addParticipant(project, ProjectRole.ADVISOR, null, advisor, null, samples.secretariat);
		long hidden = partner("Skjulte Netside-rådgivere");
		long closed = project("Netsides lukkede", Visibility.PARTICIPANTS, owner, theme, AARHUS);
		projects.addParticipant(closed, ProjectRole.ADVISOR, null, hidden, null, samples.secretariat);
		network.rebuildNow();

		var page = Jsoup.parse(mvc.perform(get("/netvaerk").param("theme", String.valueOf(theme)).param("sort", "name"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("svg a").eachAttr("href"))
			.containsExactlyInAnyOrder("/organisationer/" + owner, "/partnere/" + advisor);
		assertThat(page.select("svg a title").eachText()).anyMatch(t -> t.startsWith("Boligselskabet Netside"));
		assertThat(page.select("#network-table tbody th a").eachText())
			.containsExactly("Boligselskabet Netside", "Rådgiverne Netside");
		assertThat(page.select("#network-table th[aria-sort]").text()).isEqualTo("Aktør");
		assertThat(page.select("#network-counts").text()).startsWith("2 aktører, 1 forbindelser");
		assertThat(page.text()).doesNotContain("Skjulte Netside-rådgivere");
		assertThat(page.select("#network-computed")).as("the time is for the secretariat").isEmpty();
		assertThat(page.select("#network-theme option[selected]").val()).isEqualTo(String.valueOf(theme));
	}

	@Test
	void servesTheSnapshotStoredInTheDatabase() {
		long theme = theme("Netværk gemt");
		long owner = organisation("Boligselskabet Netgemt");
		long advisor = partner("Rådgiverne Netgemt");
		long project = project("Netgemts projekt", Visibility.PUBLIC, owner, theme, KOEBENHAVN);
		projects.addParticipant(project, ProjectRole.ADVISOR, null, advisor, null, samples.secretariat);
		network.rebuildNow();

		var stored = snapshots.load(Audience.PUBLIC).orElseThrow();
		assertThat(stored.ties()).anyMatch(tie -> tie.source().equals("project:" + project)
				&& tie.themes().contains(theme) && tie.regions().contains("HOVEDSTADEN")
				&& tie.actors().contains(SearchFields.partner(advisor)));
		assertThat(stored.view().node(SearchFields.organisation(owner))).isPresent();
		assertThat(links.fingerprint()).isEqualTo(snapshots.fingerprint(Audience.PUBLIC).orElseThrow());
		assertThat(network.rebuildIfChanged()).as("nothing changed").isFalse();

		var otherNode = new NetworkManagement(links, snapshots);
		var served = otherNode.network(Audience.PUBLIC, themed(theme));
		assertThat(served.computedAt()).isEqualTo(snapshots.computedAt(Audience.PUBLIC).orElseThrow());
		assertThat(served.view().nodes()).extracting(Node::name)
			.containsExactlyInAnyOrder("Boligselskabet Netgemt", "Rådgiverne Netgemt");
		assertThat(otherNode.network(Audience.PUBLIC, NetworkFilter.NONE).view().node(SearchFields.partner(advisor)))
			.isPresent();

		projects.addParticipant(project, ProjectRole.ADVISOR, null, partner("Nye Netgemt-rådgivere"), null,
				samples.secretariat);
		assertThat(network.rebuildIfChanged()).as("a participant was added").isTrue();
		assertThat(otherNode.network(Audience.PUBLIC, themed(theme)).view().actorCount()).isEqualTo(3);
	}

	/**
	 * Two public projects, one in Copenhagen and one in Aarhus, each of an organisation with two advisors, joined by
	 * one partner taking part in both.
	 */
	private long bridgeBetweenTwoClusters(long theme) {
		var suffix = Long.toString(System.nanoTime(), 36);
		long bridge = partner("Brobyggerne " + suffix);
		int[] places = { KOEBENHAVN, AARHUS };
		for (int i = 0; i < 2; i++) {
			long owner = organisation("Boligselskabet Klynge " + i + " " + suffix);
			long project = project("Klynge " + i + " " + suffix, Visibility.PUBLIC, owner, theme, places[i]);
			for (int j = 0; j < 2; j++) {
				projects.addParticipant(project, ProjectRole.ADVISOR, null, partner("Klynge " + i + " rådgiver " + j + " " + suffix),
						null, samples.secretariat);
			}
			projects.addParticipant(project, ProjectRole.ADVISOR, null, bridge, null, samples.secretariat);
		}
		return bridge;
	}

	private static NetworkFilter themed(long theme) {
		return new NetworkFilter(theme, null, null, null);
	}

	private long theme(String name) {
		var unique = name + " " + Long.toString(System.nanoTime(), 36);
		return actors.createTheme(unique, unique);
	}

	private long project(String title, Visibility visibility, long owner, long theme, int municipality) {
		return projects.propose(new ProjectDetails(title, "Et projekt.", null, visibility, owner, null, Set.of(theme),
				Set.of(municipality), Set.of()), samples.secretariat);
	}

	private long partner(String name) {
		return actors.createPartner(new PartnerDetails(PartnerKind.ADVISOR, name, "Rådgivning.", null, null, null,
				null, null, null, Set.of(), Set.of(), Set.of()));
	}

	private long organisation(String name) {
		return TestOrganisations.create(actors, name, LocalDate.of(2020, 1, 1));
	}
}
