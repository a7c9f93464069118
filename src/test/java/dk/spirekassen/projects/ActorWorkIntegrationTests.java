package dk.spirekassen.projects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorWork.Collaborator;
import dk.spirekassen.actors.ActorWork.Work;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.search.IndexBuilds;
import dk.spirekassen.shared.SearchFields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's and a partner's pages list the projects they own or take part in and the actors they share them
 * with, counted over the projects the reader may see: a participants' project adds nothing for anyone else.
 */
@SpirekassenTest
class ActorWorkIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ActorProjects work;

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
		context.getBean(IndexBuilds.class).running().join();
	}

	@Test
	void listsTheProjectsAndCollaboratorsTheReaderMaySee() throws Exception {
		long owner = newMember("Boligselskabet Stenhøj");
		long advisor = partner("Rådgiverne Stenhøj");
		long closedPartner = partner("Lukkede Stenhøj-rådgivere");
		long open = project("Stenhøjs gårdlaug", Visibility.PUBLIC, owner);
		projects.addParticipant(open, ProjectRole.ADVISOR, null, advisor, null, samples.secretariat);
		long closed = project("Stenhøjs lukkede forsøg", Visibility.PARTICIPANTS, owner);
		projects.addParticipant(closed, ProjectRole.ADVISOR, null, closedPartner, null, samples.secretariat);
		projects.addParticipant(closed, ProjectRole.ADVISOR, null, advisor, null, samples.secretariat);

		var anonymous = work.of(SearchFields.organisation(owner), Viewer.ANONYMOUS);
		assertThat(anonymous.work()).extracting(Work::title).containsExactly("Stenhøjs gårdlaug");
		assertThat(anonymous.total()).isEqualTo(1);
		assertThat(anonymous.collaborators()).extracting(Collaborator::name, Collaborator::together)
			.containsExactly(tuple("Rådgiverne Stenhøj", 1L));

		var insider = new Viewer(Long.MAX_VALUE, "Lukket rådgiver", Role.PARTNER, null, closedPartner);
		var seenByInsider = work.of(SearchFields.organisation(owner), insider);
		assertThat(seenByInsider.work()).extracting(Work::title)
			.containsExactlyInAnyOrder("Stenhøjs gårdlaug", "Stenhøjs lukkede forsøg");
		assertThat(seenByInsider.collaborators()).extracting(Collaborator::name, Collaborator::together)
			.containsExactly(tuple("Rådgiverne Stenhøj", 2L), tuple("Lukkede Stenhøj-rådgivere", 1L));
		assertThat(work.of(SearchFields.organisation(owner), samples.secretariat).total()).isEqualTo(2);

		var advisorsWork = work.of(SearchFields.partner(advisor), Viewer.ANONYMOUS);
		assertThat(advisorsWork.work()).extracting(Work::href).containsExactly("/projekter/" + open);
		assertThat(advisorsWork.collaborators()).extracting(Collaborator::href)
			.containsExactly("/organisationer/" + owner);

		var page = Jsoup.parse(mvc.perform(get("/partnere/" + advisor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#work-heading + ul a").eachText()).containsExactly("Stenhøjs gårdlaug");
		assertThat(page.select("#collaborators-heading + ul a").eachAttr("href"))
			.containsExactly("/organisationer/" + owner);
		var ownersPage = Jsoup.parse(mvc.perform(get("/organisationer/" + owner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(ownersPage.select("#work-heading + ul a").eachText()).containsExactly("Stenhøjs gårdlaug");
		assertThat(ownersPage.text()).doesNotContain("Lukkede Stenhøj-rådgivere");
	}

	@Test
	void showsTheNewestProjectsAndHowManyMoreThereAre() {
		long owner = newMember("Boligforeningen Mange Projekter");
		for (int i = 1; i <= ActorProjects.SHOWN + 2; i++) {
			project("Mange projekters nr. " + i, Visibility.PUBLIC, owner);
		}
		var seen = work.of(SearchFields.organisation(owner), Viewer.ANONYMOUS);
		assertThat(seen.total()).isEqualTo(ActorProjects.SHOWN + 2);
		assertThat(seen.work()).hasSize(ActorProjects.SHOWN);
		assertThat(seen.work().get(0).title()).as("newest first").isEqualTo("Mange projekters nr. 12");
		assertThat(seen.more()).isEqualTo(2);
	}

	private long project(String title, Visibility visibility, long owner) {
		return projects.propose(new ProjectDetails(title, "Et projekt.", null, visibility, owner, null, Set.of(),
				Set.of(), Set.of()), samples.secretariat);
	}

	private long partner(String name) {
		return actors.createPartner(new PartnerDetails(PartnerKind.ADVISOR, name, "Rådgivning.", null, null, null,
				null, null, null, Set.of(), Set.of(), Set.of()));
	}

	private long newMember(String name) {
		return TestOrganisations.create(actors, name, LocalDate.of(2020, 1, 1));
	}
}
