package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.DepartmentDetails;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.actors.OrganisationDetails;
import dk.spirekassen.actors.OrganisationKind;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedFilter;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.Option;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a list is served again while the index holds the same ({@code shared.RecentReads}), and never once
 * anything its rows show has changed: names and counts of the directory, a department's homes, a partner's contact
 * details, a project's owner, open needs and bottom lines, the themes and member organisations to filter by. Nor to
 * a reader who may see other projects, nor inside a transaction, nor while the index is rebuilt.
 */
@SpirekassenTest
class KeptListsIntegrationTests {

	private static final Pageable FIRST = PageRequest.of(0, 25);

	private static final LocalDate MEMBER_SINCE = LocalDate.of(2020, 1, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	ProjectManagement projects;

	@Autowired
	IndexBuilds builds;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
		builds.running().join();
	}

	@Test
	void aDirectoryPageIsKeptUntilANameACountOrAContactDetailOnItChanges() {
		long organisation = newOrganisation("Boligforeningen Gedehamsen", null);
		var byWord = new OrganisationFilter("gedehamsen", null, null, null, null);
		var first = directory.organisations(byWord, FIRST);
		assertThat(directory.organisations(byWord, FIRST)).as("kept").isSameAs(first);
		assertThat(first.getContent()).singleElement().satisfies(row -> assertThat(row.departments()).isZero());

		long department = actors.createDepartment(organisation,
				new DepartmentDetails("1", "Gedehamsen Nord", null, 751, 40, null));
		var afterDepartment = directory.organisations(byWord, FIRST).getContent().get(0);
		assertThat(afterDepartment.departments()).isEqualTo(1);
		assertThat(afterDepartment.homes()).isEqualTo(40);

		var departments = new DepartmentFilter("gedehamsen", null, null, null, null);
		assertThat(directory.departments(departments, FIRST).getContent().get(0).homes()).isEqualTo(40);
		actors.updateDepartment(department, new DepartmentDetails("1", "Gedehamsen Nord", null, 751, 44, null));
		assertThat(directory.departments(departments, FIRST).getContent().get(0).homes()).as("only the homes changed")
			.isEqualTo(44);
		assertThat(directory.organisations(byWord, FIRST).getContent().get(0).homes()).isEqualTo(44);

		var partners = new PartnerFilter("hvepsebo", null, null, null, null);
		long partner = actors.createPartner(partner("hveps@example.dk"));
		assertThat(directory.partners(partners, FIRST, Locale.ROOT).getContent().get(0).email())
			.isEqualTo("hveps@example.dk");
		actors.updatePartner(partner, partner("bo@example.dk"));
		assertThat(directory.partners(partners, FIRST, Locale.ROOT).getContent().get(0).email())
			.as("only the email changed")
			.isEqualTo("bo@example.dk");
	}

	@Test
	void aProjectPageIsKeptPerWhatTheReaderMaySeeAndUntilItsOwnerNeedsOrBottomLinesChange() {
		long owner = newOrganisation("Boligselskabet Oldenborre", MEMBER_SINCE);
		var id = projects.propose(new ProjectDetails("Oldenborrernes gård", "Et fælles gårdrum.", null,
				Visibility.MEMBERS, owner, null, Set.of(), Set.of(), Set.of()), samples.secretariat);
		var filter = new ProjectFilter("oldenborrernes", null, null, null, null, null, null);

		var forMember = catalogue.projects(filter, samples.member, FIRST, Locale.ROOT);
		assertThat(forMember.getContent()).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo(id);
			assertThat(row.openNeeds()).isZero();
			assertThat(row.bottomLines()).isEmpty();
		});
		assertThat(catalogue.projects(filter, samples.member, FIRST, Locale.ROOT)).as("kept").isSameAs(forMember);
		assertThat(catalogue.projects(filter, Viewer.ANONYMOUS, FIRST, Locale.ROOT).getContent())
			.as("not served to a reader who may not see the members' project")
			.isEmpty();

		var need = projects.addNeed(id, new NeedDetails(NeedKind.FUNDS, null, 50_000L, "Penge til oldenborrebænke."),
				samples.secretariat);
		assertThat(catalogue.projects(filter, samples.member, FIRST, Locale.ROOT).getContent().get(0).openNeeds())
			.isEqualTo(1);
		var needs = new NeedFilter("oldenborrebænke", null, null, null, null);
		assertThat(catalogue.openNeeds(needs, samples.member, FIRST, Locale.ROOT).getContent())
			.singleElement()
			.satisfies(row -> assertThat(row.amount()).isEqualTo(50_000L));
		projects.setNeedStatus(id, need, NeedStatus.MET, samples.secretariat);
		assertThat(catalogue.projects(filter, samples.member, FIRST, Locale.ROOT).getContent().get(0).openNeeds())
			.isZero();
		assertThat(catalogue.openNeeds(needs, samples.member, FIRST, Locale.ROOT).getContent()).isEmpty();

		samples.freshIndicator(id);
		assertThat(catalogue.projects(filter, samples.member, FIRST, Locale.ROOT).getContent().get(0).bottomLines())
			.containsExactly(BottomLine.CLIMATE);

		actors.updateOrganisation(owner, new OrganisationDetails(OrganisationKind.HOUSING,
				"Boligselskabet Skarnbassen", cvrOf(owner), null, 751, null, MEMBER_SINCE, null));
		assertThat(catalogue.projects(filter, samples.member, FIRST, Locale.ROOT).getContent().get(0).ownerName())
			.isEqualTo("Boligselskabet Skarnbassen");
	}

	@Test
	void theChoicesOfTheFiltersAreKeptUntilAThemeOrAMembershipChanges() {
		var themes = actors.themeOptions(Locale.ROOT);
		assertThat(actors.themeOptions(Locale.ROOT)).as("kept").isSameAs(themes);
		long theme = actors.createTheme("Ålekvaser", "Eel boxes");
		// Every theme of the shared demo data has a project (ProjectDemoDataIntegrationTests).
		projects.propose(new ProjectDetails("Ålekvaser i søen", "Ål til søen.", null, Visibility.PUBLIC,
				samples.organisation, null, Set.of(theme), Set.of(), Set.of()), samples.secretariat);
		assertThat(actors.themeOptions(Locale.ROOT)).extracting(Option::label).contains("Ålekvaser");
		assertThat(actors.themeOptions(Locale.ENGLISH)).extracting(Option::label).contains("Eel boxes");
		actors.renameTheme(theme, "Åleruser", "Eel traps");
		assertThat(actors.themeOptions(Locale.ROOT)).extracting(Option::label)
			.contains("Åleruser")
			.doesNotContain("Ålekvaser");
		context.getBean(ThemeRenames.class).running().join();

		long organisation = newOrganisation("Boligselskabet Guldsmeden", null);
		assertThat(directory.memberRefs()).as("kept").isSameAs(directory.memberRefs());
		assertThat(directory.memberRefs()).extracting(OrganisationRef::id).doesNotContain(organisation);
		actors.updateOrganisation(organisation, new OrganisationDetails(OrganisationKind.HOUSING,
				"Boligselskabet Guldsmeden", cvrOf(organisation), null, 751, null, MEMBER_SINCE, null));
		assertThat(directory.memberRefs()).extracting(OrganisationRef::id).contains(organisation);
	}

	@Test
	void nothingIsKeptInsideATransactionNorWhileTheIndexIsRebuilt() {
		var filter = new OrganisationFilter(null, null, null, null, null);
		var readOnly = context.getBean(TransactionTemplate.class);
		assertThat((Object) readOnly.execute(status -> directory.organisations(filter, FIRST)))
			.isNotSameAs(readOnly.execute(status -> directory.organisations(filter, FIRST)));

		var state = context.getBean(dk.spirekassen.shared.IndexState.class);
		state.whole(false);
		try {
			assertThat(directory.organisations(filter, FIRST)).isNotSameAs(directory.organisations(filter, FIRST));
		}
		finally {
			state.whole(true);
		}
		assertThat(directory.organisations(filter, FIRST)).isSameAs(directory.organisations(filter, FIRST));
	}

	private static PartnerDetails partner(String email) {
		return new PartnerDetails(PartnerKind.ADVISOR, "Rådgivning Hvepsebo", "Vi rådgiver om haver.", email, null,
				null, null, null, null, Set.of(), Set.of(), Set.of());
	}

	private String cvrOf(long organisation) {
		return directory.organisation(organisation).orElseThrow().row().cvr();
	}

	private long newOrganisation(String name, LocalDate memberSince) {
		return TestOrganisations.create(actors, name, memberSince);
	}
}
