package dk.spirekassen.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.Set;

import dk.spirekassen.Chromium;
import dk.spirekassen.JoiningSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Visibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An outsider's way in, in a real browser: they sign up as a partner and confirm their address, the secretariat
 * approves them, they complete their profile and see a need suggested to them with the reasons, they offer to meet
 * it, the project's lead accepts, and each now shows the other as a collaborator, on their pages and in the
 * network.
 */
@SpirekassenTest
class PartnerJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	private final Chromium.Visitors visitors = new Chromium.Visitors();

	@AfterEach
	void close() {
		visitors.close();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static Locator field(Page page, String label) {
		return Chromium.labelled(page, label);
	}

	@Test
	void anOutsiderJoinsIsSuggestedANeedOffersAndBecomesACollaborator() {
		var samples = new Samples(context);
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
		long theme = actors.createTheme("Regnvandsliv", "Rainwater life");
		long project = projects.propose(new ProjectDetails("Regnbede i Regnstrup", "Regnvand fra tagene til bede.",
				null, Visibility.PUBLIC, member.organisationId(), null, Set.of(theme), Set.of(), Set.of()),
				samples.projects.secretariat);
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"Viden om regnvand i bede og lavninger med vådbundsplanter."), samples.projects.secretariat);
		var email = JoiningSamples.newEmail();

		// 1. An outsider signs up as a partner and confirms the address.
		var outsider = visitors.as(base(), null);
		outsider.navigate(base() + "/bliv-partner");
		field(outsider, "Dit navn").fill("Vera Vådbund");
		field(outsider, "Din e-mailadresse").fill(email);
		field(outsider, "Adgangskode").fill(JoiningSamples.PASSWORD);
		field(outsider, "Gentag adgangskoden").fill(JoiningSamples.PASSWORD);
		field(outsider, "Type").selectOption("RESEARCHER");
		field(outsider, "Navn på jer som partner (organisation, virksomhed eller dit eget navn)")
			.fill("Vådbundsforskerne");
		field(outsider, "Beskrivelse").fill("Vi forsker i regnvand, vådbundsplanter og bede i byen.");
		outsider.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Viden").setExact(true)).check();
		outsider.locator("#f-consent input[type=checkbox]").check();
		outsider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgning")).click();
		outsider.waitForURL("**/bliv-partner/sendt**");
		var token = samples.joining.linkMailedTo(email, "/bliv-partner/bekraeft");
		outsider.navigate(base() + "/bliv-partner/bekraeft?token=" + token);
		assertThat(outsider.locator("main")).not().containsText("Siden findes ikke");

		// 2. The secretariat approves them.
		var secretariat = visitors.as(base(), "sekretariat@spirekassen.dk");
		secretariat.navigate(base() + "/sekretariat/ansoegninger");
		secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vådbundsforskerne")).click();
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend")).click();
		secretariat.waitForURL("**/partnere/*?gemt");

		// 3. They sign in, complete their profile, and see the need suggested with its reasons.
		var partner = visitors.as(base(), null);
		partner.navigate(base() + "/login");
		partner.getByLabel("E-mailadresse").fill(email);
		partner.getByLabel("Adgangskode").fill(JoiningSamples.PASSWORD);
		partner.locator("main button[type=submit]").click();
		partner.waitForURL(url -> !url.contains("/login"));
		partner.navigate(base() + "/mit-overblik");
		partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udfyld profilen")).click();
		partner.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Regnvandsliv")).check();
		field(partner, "Telefon").fill("+45 70 10 20 30");
		partner.locator("main form.form button[type=submit]").click();
		partner.navigate(base() + "/mit-overblik");
		var suggestion = partner.locator("#forslag ol.suggestions > li",
				new Page.LocatorOptions().setHasText("Viden om regnvand i bede og lavninger"));
		assertThat(suggestion).hasCount(1);
		assertThat(suggestion.locator(".reason", new Locator.LocatorOptions().setHasText("Tema: Regnvandsliv")))
			.hasCount(1);
		assertThat(suggestion.locator(".reason", new Locator.LocatorOptions().setHasText("Ord:"))).hasCount(1);

		// 4. They offer to meet it, and the lead accepts.
		suggestion.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
				java.util.regex.Pattern.compile("^Giv et tilbud"))).click();
		field(partner, "Besked til projektet").fill("Vi har målt regnbede i tre boligområder.");
		partner.locator("main form.form button[type=submit]").click();
		partner.waitForURL("**/projekter/" + project + "**");
		var lead = visitors.as(base(), "medlem@spirekassen.dk");
		lead.navigate(base() + "/projekter/" + project);
		lead.locator("#behov-" + need + " button", new Page.LocatorOptions().setHasText("Acceptér")).click();
		assertThat(lead.locator("#deltagere")).containsText("Vådbundsforskerne");

		// 5. Both now show the other as a collaborator.
		long partnerId = ((SignedInUser) accounts.loadUserByUsername(email)).partnerId();
		var visitor = visitors.as(base(), null);
		visitor.navigate(base() + "/partnere/" + partnerId);
		assertThat(visitor.locator("#collaborators-heading + ul")).containsText(
				organisationName(member.organisationId()));
		visitor.navigate(base() + "/organisationer/" + member.organisationId());
		assertThat(visitor.locator("#collaborators-heading + ul")).containsText("Vådbundsforskerne");

		// ... and in the network, linked by the project (the background job's rebuild, run now).
		context.getBean(dk.spirekassen.network.NetworkManagement.class).rebuildNow();
		visitor.navigate(base() + "/netvaerk?theme=" + theme);
		assertThat(visitor.locator("#network-table")).containsText("Vådbundsforskerne");
		assertThat(visitor.locator("#network-table")).containsText(organisationName(member.organisationId()));
		assertThat(visitor.locator("svg a[href='/partnere/" + partnerId + "']")).hasCount(1);
	}

	private String organisationName(long id) {
		return context.getBean(dk.spirekassen.actors.Directory.class).organisationNames(Set.of(id)).get(id);
	}
}
