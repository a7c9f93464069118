package dk.spirekassen;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.importing.ImportFixtures;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.mail.Attachment;
import dk.spirekassen.mail.Mailer;

/**
 * Every route of the application, who may use it, and a real URL to try it with. The authorisation matrix checks
 * each route for each role against this table and fails for a route that is missing from it; the accessibility
 * test scans every page in it and the HTML check validates them.
 */
public final class RouteTable {

	/** Who may use a route. */
	public enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** Anyone signed in. */
		SIGNED_IN,
		/** The secretariat and staff of the organisation the URL is about. */
		OWN_ORGANISATION,
		/** The secretariat and people of the partner the URL is about. */
		OWN_PARTNER,
		/** The secretariat and staff of member organisations (partners only where they take part). */
		MEMBERS,
		/** People of partners only: the ones who offer to meet a need. */
		PARTNERS,
		/** The secretariat only. */
		SECRETARIAT
	}

	/** The roles the matrix tries. */
	public enum Role {
		ANONYMOUS, MEMBER, PARTNER, SECRETARIAT
	}

	/**
	 * One route: its method and pattern as Spring MVC registers it, who may use it, how to make a URL for it (for
	 * the signed-in role's own organisation or partner where that matters, otherwise for someone else's), and
	 * whether it is an HTML page.
	 */
	public record Route(String method, String pattern, Access access, Function<Samples, String> own,
			Function<Samples, String> others, boolean page) {

		public String key() {
			return method + " " + pattern;
		}

		public boolean allows(Role role, boolean ownUrl) {
			return switch (access) {
				case PUBLIC -> true;
				case SIGNED_IN -> role != Role.ANONYMOUS;
				case OWN_ORGANISATION -> role == Role.SECRETARIAT || role == Role.MEMBER && ownUrl;
				case OWN_PARTNER -> role == Role.SECRETARIAT || role == Role.PARTNER && ownUrl;
				case MEMBERS -> role == Role.SECRETARIAT || role == Role.MEMBER;
				case PARTNERS -> role == Role.PARTNER;
				case SECRETARIAT -> role == Role.SECRETARIAT;
			};
		}
	}

	/**
	 * Ids of real things to put into URLs: the demo member's organisation and another, the demo partner and
	 * another, and so on.
	 */
	public static final class Samples {

		public final long organisation;

		public final long otherOrganisation;

		public final long department;

		public final long otherDepartment;

		public final long partner;

		public final long otherPartner;

		public final long theme;

		public final long mail;

		public final long importJob;

		/** Projects, needs, indicators, funding lines and files to try the project routes with. */
		public final ProjectSamples projects;

		/** A development day open for registration. */
		public final DaySamples days;

		/** Applications to become a partner, made when a route needs one. */
		public final JoiningSamples joining;

		/** News and project updates. */
		public final NewsSamples news;

		/** The token of an unsubscribe link. */
		public final String unsubscribeToken;

		/** The seed fund's call and applications. */
		public final FundSamples fund;

		private final ActorManagement actors;

		private final ApplicationContext context;

		private Long day;

		private String mailAttachment;

		private Long unansweredOffer;

		public Samples(ApplicationContext context) {
			this.context = context;
			var directory = context.getBean(Directory.class);
			var accounts = context.getBean(AccountManagement.class);
			var mailer = context.getBean(Mailer.class);
			this.actors = context.getBean(ActorManagement.class);
			var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
			var partnerUser = (SignedInUser) accounts.loadUserByUsername("partner@spirekassen.dk");
			organisation = member.organisationId();
			otherOrganisation = directory.organisations(new OrganisationFilter(null, null, null, null, true),
					PageRequest.of(0, 5)).stream().filter(o -> o.id() != organisation).findFirst().orElseThrow().id();
			department = directory.organisation(organisation).orElseThrow().departments().get(0).id();
			otherDepartment = directory.organisation(otherOrganisation).orElseThrow().departments().get(0).id();
			partner = partnerUser.partnerId();
			otherPartner = directory.partners(new PartnerFilter(null, null, null, null, null), PageRequest.of(0, 5),
					Locale.ROOT).stream().filter(p -> p.id() != partner).findFirst().orElseThrow().id();
			theme = actors.themes().get(0).getId();
			if (mailer.outbox(Pageable.ofSize(1)).isEmpty()) {
				accounts.requestPasswordReset("medlem@spirekassen.dk", "http://localhost", Locale.ROOT);
			}
			mail = mailer.outbox(Pageable.ofSize(1)).getContent().get(0).getId();
			importJob = ImportFixtures.checkedJob(context);
			projects = ProjectSamples.of(context, organisation, otherOrganisation);
			days = DaySamples.of(context);
			joining = new JoiningSamples(context);
			news = NewsSamples.of(context, projects);
			unsubscribeToken = dk.spirekassen.notifications.NotificationSamples.unsubscribeToken(context);
			fund = FundSamples.of(context, projects, organisation, otherOrganisation);
		}

		/** A new person in the member's organisation, for routes that change or remove one. */
		public long freshPerson() {
			return actors.addPersonToOrganisation(organisation,
					new PersonDetails("Prøveperson", null, null, null, null));
		}

		/** A new login, for routes that stop or restore one. */
		public long freshAccount() {
			return context.getBean(AccountManagement.class)
				.createAccount("proeve-" + System.nanoTime() + "@example.dk", "Prøvekonto", "en-lang-adgangskode",
						dk.spirekassen.accounts.Role.MEMBER, organisation, null);
		}

		/** A new person in another organisation. */
		public long freshOtherPerson() {
			return actors.addPersonToOrganisation(otherOrganisation,
					new PersonDetails("Anden prøveperson", null, null, null, null));
		}

		/** A development day open for registration, made on first use. */
		public long day() {
			if (day == null) {
				var starts = Instant.now().plus(Duration.ofDays(20));
				day = context.getBean(DayManagement.class)
					.create(new DayDetails("Prøvedag", null, null, Region.SJAELLAND, "Sorø Akademi",
							"Søgade 17, 4180 Sorø", starts, starts.plus(Duration.ofHours(6)), 30,
							Instant.now().minus(Duration.ofDays(1)), starts.minus(Duration.ofDays(1)), null));
			}
			return day;
		}

		/**
		 * An offer nobody has answered for 15 days, made on first use, so the secretariat's list of them has one to
		 * show (the offer's date is set back in the database). Returns the offer's id.
		 */
		public long unansweredOffer() {
			if (unansweredOffer == null) {
				unansweredOffer = projects.freshOffer(projects.project)[1];
				context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("update need_offer set created_at = ? where id = ?")
					.params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(15))), unansweredOffer)
					.update();
			}
			return unansweredOffer;
		}

		/** The download path of a file attached to a kept email, made on first use. */
		public String mailAttachment() {
			if (mailAttachment == null) {
				var mailer = context.getBean(Mailer.class);
				var subject = "Prøve med vedhæftning " + System.nanoTime();
				mailer.send("sekretariat@spirekassen.dk", subject, "Se filen.",
						List.of(new Attachment("proeve.txt", "text/plain", "Prøve".getBytes(StandardCharsets.UTF_8))));
				var mail = mailer.outbox(PageRequest.of(0, 50))
					.stream()
					.filter(m -> m.getSubject().equals(subject))
					.findFirst()
					.flatMap(m -> mailer.find(m.getId()))
					.orElseThrow();
				mailAttachment = "/sekretariat/udbakke/" + mail.getId() + "/vedhaeftninger/"
						+ mail.getAttachments().get(0).getId();
			}
			return mailAttachment;
		}
	}

	private RouteTable() {
	}

	public static List<Route> routes() {
		var routes = new ArrayList<Route>();
		// Public pages.
		page(routes, "GET", "/", Access.PUBLIC, s -> "/");
		page(routes, "GET", "/organisationer", Access.PUBLIC, s -> "/organisationer?region=MIDTJYLLAND");
		page(routes, "GET", "/organisationer/{id:\\d+}", Access.PUBLIC, s -> "/organisationer/" + s.organisation);
		page(routes, "GET", "/afdelinger", Access.PUBLIC, s -> "/afdelinger?member=true");
		page(routes, "GET", "/afdelinger/{id:\\d+}", Access.PUBLIC, s -> "/afdelinger/" + s.department);
		page(routes, "GET", "/partnere", Access.PUBLIC, s -> "/partnere?offer=FUNDS");
		page(routes, "GET", "/partnere/{id:\\d+}", Access.PUBLIC, s -> "/partnere/" + s.partner);
		page(routes, "GET", "/statistik", Access.PUBLIC, s -> "/statistik");
		page(routes, "GET", "/indikatorer", Access.PUBLIC, s -> "/indikatorer");
		fundRoutes(routes);
		page(routes, "GET", "/portefoelje", Access.PUBLIC, s -> "/portefoelje");
		page(routes, "GET", "/portefoelje", Access.PUBLIC, s -> "/portefoelje?stage=RUNNING&year=2023");
		other(routes, "GET", "/portefoelje/eksport", Access.PUBLIC, s -> "/portefoelje/eksport?tabel=summer&format=csv");
		openDataRoutes(routes);
		page(routes, "GET", "/foreningen", Access.PUBLIC, s -> "/foreningen");
		dayRoutes(routes);
		page(routes, "GET", "/login", Access.PUBLIC, s -> "/login");
		page(routes, "GET", "/glemt-adgangskode", Access.PUBLIC, s -> "/glemt-adgangskode");
		page(routes, "GET", "/nulstil-adgangskode", Access.PUBLIC, s -> "/nulstil-adgangskode?token=ukendt");
		other(routes, "POST", "/glemt-adgangskode", Access.PUBLIC, s -> "/glemt-adgangskode");
		other(routes, "POST", "/nulstil-adgangskode", Access.PUBLIC, s -> "/nulstil-adgangskode");
		joiningRoutes(routes);
		// Exports and the JSON API: public fields only.
		other(routes, "GET", "/organisationer/eksport", Access.PUBLIC, s -> "/organisationer/eksport?format=csv");
		other(routes, "GET", "/afdelinger/eksport", Access.PUBLIC, s -> "/afdelinger/eksport?format=xlsx");
		other(routes, "GET", "/partnere/eksport", Access.PUBLIC, s -> "/partnere/eksport?format=csv");
		other(routes, "GET", "/api/organisations", Access.PUBLIC, s -> "/api/organisations");
		other(routes, "GET", "/api/organisations/{id}", Access.PUBLIC, s -> "/api/organisations/" + s.organisation);
		other(routes, "GET", "/api/departments", Access.PUBLIC, s -> "/api/departments");
		other(routes, "GET", "/api/partners", Access.PUBLIC, s -> "/api/partners");
		other(routes, "GET", "/api/partners/{id}", Access.PUBLIC, s -> "/api/partners/" + s.partner);
		other(routes, "GET", "/api/themes", Access.PUBLIC, s -> "/api/themes");
		other(routes, "GET", "/api/municipalities", Access.PUBLIC, s -> "/api/municipalities");
		other(routes, "GET", "/api/coverage", Access.PUBLIC, s -> "/api/coverage");
		// Signed in.
		page(routes, "GET", "/konto", Access.SIGNED_IN, s -> "/konto");
		page(routes, "GET", "/konto/adgangskode", Access.SIGNED_IN, s -> "/konto/adgangskode");
		other(routes, "POST", "/konto/adgangskode", Access.SIGNED_IN, s -> "/konto/adgangskode");
		page(routes, "GET", "/konto/slet", Access.SIGNED_IN, s -> "/konto/slet");
		other(routes, "POST", "/konto/slet", Access.SIGNED_IN, s -> "/konto/slet");
		// Own organisation.
		owned(routes, "GET", "/organisationer/{id:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/rediger", s -> "/organisationer/" + s.otherOrganisation + "/rediger", true);
		owned(routes, "POST", "/organisationer/{id:\\d+}", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation, s -> "/organisationer/" + s.otherOrganisation, false);
		owned(routes, "GET", "/organisationer/{organisationId:\\d+}/afdelinger/ny", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/afdelinger/ny", s -> "/organisationer/" + s.otherOrganisation + "/afdelinger/ny", true);
		owned(routes, "POST", "/organisationer/{organisationId:\\d+}/afdelinger", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/afdelinger", s -> "/organisationer/" + s.otherOrganisation + "/afdelinger", false);
		owned(routes, "GET", "/afdelinger/{id:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/afdelinger/" + s.department + "/rediger", s -> "/afdelinger/" + s.otherDepartment + "/rediger", true);
		owned(routes, "POST", "/afdelinger/{id:\\d+}", Access.OWN_ORGANISATION,
				s -> "/afdelinger/" + s.department, s -> "/afdelinger/" + s.otherDepartment, false);
		owned(routes, "GET", "/organisationer/{organisationId:\\d+}/personer/ny", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/personer/ny", s -> "/organisationer/" + s.otherOrganisation + "/personer/ny", true);
		owned(routes, "POST", "/organisationer/{organisationId:\\d+}/personer", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/personer", s -> "/organisationer/" + s.otherOrganisation + "/personer", false);
		owned(routes, "GET", "/personer/{id:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/personer/" + s.freshPerson() + "/rediger", s -> "/personer/" + s.freshOtherPerson() + "/rediger", true);
		owned(routes, "POST", "/personer/{id:\\d+}", Access.OWN_ORGANISATION,
				s -> "/personer/" + s.freshPerson(), s -> "/personer/" + s.freshOtherPerson(), false);
		owned(routes, "POST", "/personer/{id:\\d+}/slet", Access.OWN_ORGANISATION,
				s -> "/personer/" + s.freshPerson() + "/slet", s -> "/personer/" + s.freshOtherPerson() + "/slet", false);
		// Own partner.
		owned(routes, "GET", "/partnere/{id:\\d+}/rediger", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner + "/rediger", s -> "/partnere/" + s.otherPartner + "/rediger", true);
		owned(routes, "POST", "/partnere/{id:\\d+}", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner, s -> "/partnere/" + s.otherPartner, false);
		owned(routes, "GET", "/partnere/{partnerId:\\d+}/personer/ny", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner + "/personer/ny", s -> "/partnere/" + s.otherPartner + "/personer/ny", true);
		owned(routes, "POST", "/partnere/{partnerId:\\d+}/personer", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner + "/personer", s -> "/partnere/" + s.otherPartner + "/personer", false);
		projectRoutes(routes);
		newsRoutes(routes);
		notificationRoutes(routes);
		calendarRoutes(routes);
		networkRoutes(routes);
		// Secretariat.
		page(routes, "GET", "/organisationer/ny", Access.SECRETARIAT, s -> "/organisationer/ny");
		other(routes, "POST", "/organisationer", Access.SECRETARIAT, s -> "/organisationer");
		page(routes, "GET", "/partnere/ny", Access.SECRETARIAT, s -> "/partnere/ny");
		other(routes, "POST", "/partnere", Access.SECRETARIAT, s -> "/partnere");
		page(routes, "GET", "/sekretariat", Access.SECRETARIAT, s -> "/sekretariat");
		page(routes, "GET", "/sekretariat/temaer", Access.SECRETARIAT, s -> "/sekretariat/temaer");
		page(routes, "GET", "/sekretariat/indikatorer", Access.SECRETARIAT, s -> "/sekretariat/indikatorer");
		page(routes, "GET", "/sekretariat/indikatorer/{code:[a-z0-9-]+}", Access.SECRETARIAT,
				s -> "/sekretariat/indikatorer/afdelinger-vaerktoej");
		other(routes, "POST", "/sekretariat/indikatorer/{code:[a-z0-9-]+}", Access.SECRETARIAT,
				s -> "/sekretariat/indikatorer/afdelinger-vaerktoej");
		page(routes, "GET", "/sekretariat/soegeindeks", Access.SECRETARIAT, s -> "/sekretariat/soegeindeks");
		other(routes, "POST", "/sekretariat/soegeindeks", Access.SECRETARIAT, s -> "/sekretariat/soegeindeks");
		other(routes, "POST", "/sekretariat/temaer", Access.SECRETARIAT, s -> "/sekretariat/temaer");
		other(routes, "POST", "/sekretariat/temaer/{id:\\d+}", Access.SECRETARIAT, s -> "/sekretariat/temaer/" + s.theme);
		page(routes, "GET", "/sekretariat/konti", Access.SECRETARIAT, s -> "/sekretariat/konti");
		other(routes, "POST", "/sekretariat/konti", Access.SECRETARIAT, s -> "/sekretariat/konti");
		other(routes, "POST", "/sekretariat/konti/{id:\\d+}/deaktiver", Access.SECRETARIAT,
				s -> "/sekretariat/konti/" + s.freshAccount() + "/deaktiver");
		other(routes, "POST", "/sekretariat/konti/{id:\\d+}/aktiver", Access.SECRETARIAT,
				s -> "/sekretariat/konti/" + s.freshAccount() + "/aktiver");
		page(routes, "GET", "/sekretariat/import", Access.SECRETARIAT, s -> "/sekretariat/import");
		other(routes, "POST", "/sekretariat/import", Access.SECRETARIAT, s -> "/sekretariat/import");
		page(routes, "GET", "/sekretariat/import/{id:\\d+}", Access.SECRETARIAT, s -> "/sekretariat/import/" + s.importJob);
		other(routes, "POST", "/sekretariat/import/{id:\\d+}/udfoer", Access.SECRETARIAT,
				s -> "/sekretariat/import/" + s.importJob + "/udfoer");
		page(routes, "GET", "/sekretariat/udbakke", Access.SECRETARIAT, s -> "/sekretariat/udbakke");
		page(routes, "GET", "/sekretariat/udbakke/{id:\\d+}", Access.SECRETARIAT, s -> "/sekretariat/udbakke/" + s.mail);
		page(routes, "GET", "/sekretariat/matchning", Access.SECRETARIAT, s -> "/sekretariat/matchning");
		// The desk's own lists: ideas not yet looked at (and marking them), offers nobody answers.
		page(routes, "GET", "/sekretariat/nye-ideer", Access.SECRETARIAT, s -> "/sekretariat/nye-ideer");
		other(routes, "POST", "/sekretariat/nye-ideer/set", Access.SECRETARIAT,
				s -> "/sekretariat/nye-ideer/set?id=" + s.projects.freshIdea(s.organisation));
		page(routes, "GET", "/sekretariat/ubesvarede-tilbud", Access.SECRETARIAT,
				s -> {
					s.unansweredOffer();
					return "/sekretariat/ubesvarede-tilbud";
				});
		return routes;
	}

	/**
	 * The incubator. The member's own project is owned by the member's organisation and led by the member; the
	 * other project belongs to another organisation. Pages follow the project's visibility.
	 */
	private static void projectRoutes(List<Route> routes) {
		String p = "/projekter/{id:\\d+}";
		page(routes, "GET", "/projekter", Access.PUBLIC, s -> "/projekter?stage=IDEA");
		page(routes, "GET", "/projekter", Access.PUBLIC, s -> "/projekter?mine=true");
		page(routes, "GET", p, Access.PUBLIC, s -> "/projekter/" + s.projects.project);
		page(routes, "GET", p, Access.MEMBERS, s -> "/projekter/" + s.projects.membersProject);
		owned(routes, "GET", p, Access.OWN_ORGANISATION, s -> "/projekter/" + s.projects.participantsProject,
				s -> "/projekter/" + s.projects.otherParticipantsProject, true);
		page(routes, "GET", "/behov", Access.PUBLIC, s -> "/behov?kind=KNOWLEDGE");
		page(routes, "GET", "/soeg", Access.PUBLIC, s -> "/soeg?q=ladestandere");
		other(routes, "GET", "/projekter/eksport", Access.PUBLIC, s -> "/projekter/eksport?format=xlsx");
		other(routes, "GET", "/api/projects", Access.PUBLIC, s -> "/api/projects?stage=IDEA");
		other(routes, "GET", "/api/projects/{id}", Access.PUBLIC, s -> "/api/projects/" + s.projects.project);
		other(routes, "GET", "/api/projects/{id}", Access.MEMBERS, s -> "/api/projects/" + s.projects.membersProject);
		owned(routes, "GET", "/api/projects/{id}", Access.OWN_ORGANISATION,
				s -> "/api/projects/" + s.projects.participantsProject,
				s -> "/api/projects/" + s.projects.otherParticipantsProject, false);
		other(routes, "GET", "/api/needs", Access.PUBLIC, s -> "/api/needs");
		String file = p + "/filer/{fileId:\\d+}";
		other(routes, "GET", file, Access.PUBLIC, s -> "/projekter/" + s.projects.project + "/filer/" + s.projects.file);
		other(routes, "GET", file, Access.PUBLIC, s -> "/projekter/" + s.projects.otherParticipantsProject + "/filer/"
				+ s.projects.otherParticipantsPublicFile);
		owned(routes, "GET", file, Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.participantsProject + "/filer/" + s.projects.participantsFile,
				s -> "/projekter/" + s.projects.otherParticipantsProject + "/filer/" + s.projects.otherParticipantsFile,
				false);
		// Anyone signed in.
		page(routes, "GET", "/mit-overblik", Access.SIGNED_IN, s -> "/mit-overblik");
		other(routes, "POST", "/mit-overblik/beskeder/laest", Access.SIGNED_IN, s -> "/mit-overblik/beskeder/laest");
		page(routes, "GET", "/projekter/ny", Access.SIGNED_IN, s -> "/projekter/ny");
		other(routes, "GET", "/projekter/lignende", Access.SIGNED_IN,
				s -> "/projekter/lignende?title=Ladestandere&summary=F%C3%A6lles+ladestandere");
		other(routes, "POST", "/projekter", Access.SIGNED_IN, s -> "/projekter");
		other(routes, "POST", p + "/foelg", Access.SIGNED_IN, s -> "/projekter/" + s.projects.otherProject + "/foelg");
		owned(routes, "POST", p + "/foelg", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.participantsProject + "/foelg",
				s -> "/projekter/" + s.projects.otherParticipantsProject + "/foelg", false);
		// Partners offer to meet needs.
		page(routes, "GET", p + "/behov/{needId:\\d+}/tilbud", Access.PARTNERS,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.need + "/tilbud");
		other(routes, "POST", p + "/behov/{needId:\\d+}/tilbud", Access.PARTNERS,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.need + "/tilbud");
		// Partners follow the needs suggested to them, or say they are not relevant.
		other(routes, "GET", "/mit-overblik/forslag/{needId:\\d+}", Access.PARTNERS,
				s -> "/mit-overblik/forslag/" + s.projects.need + "?plads=1");
		other(routes, "POST", "/mit-overblik/forslag/{needId:\\d+}/ikke-relevant", Access.PARTNERS,
				s -> "/mit-overblik/forslag/" + s.projects.freshNeed(s.projects.project) + "/ikke-relevant?rank=2");
		// Those who decide the project's offers see the partners suggested for a need, and invite or dismiss them.
		String suggestions = p + "/behov/{needId:\\d+}/forslag";
		owned(routes, "GET", suggestions, Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.need + "/forslag",
				s -> "/projekter/" + s.projects.otherProject + "/behov/" + s.projects.otherNeed + "/forslag", true);
		owned(routes, "POST", suggestions + "/{partnerId:\\d+}/inviter", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.freshNeed(s.projects.project)
						+ "/forslag/" + s.otherPartner + "/inviter?rank=1",
				s -> "/projekter/" + s.projects.otherProject + "/behov/" + s.projects.freshNeed(s.projects.otherProject)
						+ "/forslag/" + s.otherPartner + "/inviter?rank=1",
				false);
		owned(routes, "POST", suggestions + "/{partnerId:\\d+}/ikke-relevant", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.freshNeed(s.projects.project)
						+ "/forslag/" + s.otherPartner + "/ikke-relevant?reason=Passer+ikke",
				s -> "/projekter/" + s.projects.otherProject + "/behov/" + s.projects.freshNeed(s.projects.otherProject)
						+ "/forslag/" + s.otherPartner + "/ikke-relevant?reason=Passer+ikke",
				false);
		// The project's editors: the secretariat, the lead and the owner organisation's staff.
		editor(routes, "GET", p + "/rediger", "/rediger", true);
		editor(routes, "POST", p, "", false);
		editor(routes, "GET", p + "/fase", "/fase", true);
		editor(routes, "POST", p + "/fase", "/fase", false);
		editor(routes, "GET", p + "/deltagere/ny", "/deltagere/ny", true);
		editor(routes, "POST", p + "/deltagere", "/deltagere", false);
		owned(routes, "POST", p + "/deltagere/{participantId:\\d+}/fjern", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/deltagere/" + s.projects.freshParticipant(s.projects.project) + "/fjern",
				s -> "/projekter/" + s.projects.otherProject + "/deltagere/" + s.projects.freshParticipant(s.projects.otherProject) + "/fjern",
				false);
		editor(routes, "GET", p + "/behov/ny", "/behov/ny", true);
		editor(routes, "POST", p + "/behov", "/behov", false);
		owned(routes, "POST", p + "/behov/{needId:\\d+}/status", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/behov/" + s.projects.freshNeed(s.projects.project) + "/status?status=MET",
				s -> "/projekter/" + s.projects.otherProject + "/behov/" + s.projects.freshNeed(s.projects.otherProject) + "/status?status=MET",
				false);
		owned(routes, "POST", p + "/behov/{needId:\\d+}/tilbud/{offerId:\\d+}", Access.OWN_ORGANISATION,
				s -> offerUrl(s.projects.project, s.projects.freshOffer(s.projects.project)),
				s -> offerUrl(s.projects.otherProject, s.projects.freshOffer(s.projects.otherProject)), false);
		editor(routes, "GET", p + "/finansiering/ny", "/finansiering/ny", true);
		editor(routes, "POST", p + "/finansiering", "/finansiering", false);
		owned(routes, "GET", p + "/finansiering/{lineId:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/finansiering/" + s.projects.fundingLine + "/rediger",
				s -> "/projekter/" + s.projects.otherProject + "/finansiering/" + s.projects.otherFundingLine + "/rediger", true);
		owned(routes, "POST", p + "/finansiering/{lineId:\\d+}", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/finansiering/" + s.projects.fundingLine,
				s -> "/projekter/" + s.projects.otherProject + "/finansiering/" + s.projects.otherFundingLine, false);
		owned(routes, "POST", p + "/finansiering/{lineId:\\d+}/slet", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/finansiering/" + s.projects.freshFundingLine(s.projects.project) + "/slet",
				s -> "/projekter/" + s.projects.otherProject + "/finansiering/" + s.projects.freshFundingLine(s.projects.otherProject) + "/slet",
				false);
		editor(routes, "GET", p + "/indikatorer/ny", "/indikatorer/ny", true);
		editor(routes, "POST", p + "/indikatorer", "/indikatorer", false);
		owned(routes, "GET", p + "/indikatorer/{indicatorId:\\d+}/maalinger/ny", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/indikatorer/" + s.projects.indicator + "/maalinger/ny",
				s -> "/projekter/" + s.projects.otherProject + "/indikatorer/" + s.projects.otherIndicator + "/maalinger/ny", true);
		owned(routes, "POST", p + "/indikatorer/{indicatorId:\\d+}/maalinger", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/indikatorer/" + s.projects.indicator + "/maalinger",
				s -> "/projekter/" + s.projects.otherProject + "/indikatorer/" + s.projects.otherIndicator + "/maalinger", false);
		owned(routes, "GET", p + "/indikatorer/{indicatorId:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/indikatorer/" + s.projects.indicator + "/rediger",
				s -> "/projekter/" + s.projects.otherProject + "/indikatorer/" + s.projects.otherIndicator + "/rediger", true);
		owned(routes, "POST", p + "/indikatorer/{indicatorId:\\d+}", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/indikatorer/" + s.projects.indicator,
				s -> "/projekter/" + s.projects.otherProject + "/indikatorer/" + s.projects.otherIndicator, false);
		owned(routes, "POST", p + "/indikatorer/{indicatorId:\\d+}/slet", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/indikatorer/" + s.projects.freshIndicator(s.projects.project) + "/slet",
				s -> "/projekter/" + s.projects.otherProject + "/indikatorer/" + s.projects.freshIndicator(s.projects.otherProject) + "/slet",
				false);
		// Ownership, leads and stages: the owner organisation's staff and the secretariat decide, not whoever edits.
		owned(routes, "POST", p + "/ejerskab", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.freshProposal(s.organisation) + "/ejerskab?accept=true",
				s -> "/projekter/" + s.projects.freshProposal(s.otherOrganisation) + "/ejerskab?accept=false", false);
		owned(routes, "POST", p + "/deltagere", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.freshIdea(s.organisation) + "/deltagere?role=LEAD&accountId="
						+ s.projects.partner.accountId(),
				s -> "/projekter/" + s.projects.freshIdea(s.otherOrganisation) + "/deltagere?role=LEAD&accountId="
						+ s.projects.partner.accountId(), false);
		owned(routes, "POST", p + "/fase", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.freshIdea(s.organisation) + "/fase?stage=PROJECT_GROUP",
				s -> "/projekter/" + s.projects.freshIdea(s.otherOrganisation) + "/fase?stage=PROJECT_GROUP", false);
		// The partner edits the idea it proposed, but neither appoints its lead nor takes it further; nor does the
		// organisation proposed as owner before it has accepted.
		other(routes, "POST", p + "/deltagere", Access.SECRETARIAT,
				s -> "/projekter/" + s.projects.freshProposal(s.organisation) + "/deltagere?role=LEAD&accountId="
						+ s.projects.member.accountId());
		other(routes, "POST", p + "/fase", Access.SECRETARIAT,
				s -> "/projekter/" + s.projects.freshProposal(s.organisation) + "/fase?stage=PROJECT_GROUP");
		editor(routes, "GET", p + "/resultater", "/resultater", true);
		editor(routes, "POST", p + "/resultater", "/resultater", false);
		editor(routes, "GET", p + "/filer/ny", "/filer/ny", true);
		editor(routes, "POST", p + "/filer", "/filer", false);
		owned(routes, "POST", p + "/filer/{fileId:\\d+}/slet", Access.OWN_ORGANISATION,
				s -> "/projekter/" + s.projects.project + "/filer/" + s.projects.freshFile(s.projects.project, false) + "/slet",
				s -> "/projekter/" + s.projects.otherProject + "/filer/" + s.projects.freshFile(s.projects.otherProject, false) + "/slet",
				false);
	}

	/** News: read by who may, written by the secretariat; updates written by a project's lead and owner. */
	private static void newsRoutes(List<Route> routes) {
		page(routes, "GET", "/nyheder", Access.PUBLIC, s -> "/nyheder");
		page(routes, "GET", "/nyheder", Access.PUBLIC, s -> "/nyheder?projekt=" + s.projects.project);
		page(routes, "GET", "/nyheder/{id:\\d+}", Access.PUBLIC, s -> "/nyheder/" + s.news.news);
		page(routes, "GET", "/nyheder/{id:\\d+}", Access.MEMBERS, s -> "/nyheder/" + s.news.membersNews);
		page(routes, "GET", "/nyheder/{id:\\d+}", Access.PUBLIC, s -> "/nyheder/" + s.news.update);
		other(routes, "GET", "/nyheder/{id:\\d+}/billede", Access.PUBLIC, s -> "/nyheder/" + s.news.news + "/billede");
		other(routes, "GET", "/nyheder.atom", Access.PUBLIC, s -> "/nyheder.atom");
		page(routes, "GET", "/nyheder/ny", Access.SECRETARIAT, s -> "/nyheder/ny");
		other(routes, "POST", "/nyheder", Access.SECRETARIAT, s -> "/nyheder");
		page(routes, "GET", "/nyheder/{id:\\d+}/rediger", Access.SECRETARIAT, s -> "/nyheder/" + s.news.news + "/rediger");
		other(routes, "POST", "/nyheder/{id:\\d+}", Access.SECRETARIAT, s -> "/nyheder/" + s.news.news);
		other(routes, "POST", "/nyheder/{id:\\d+}/slet", Access.SECRETARIAT,
				s -> "/nyheder/" + s.news.freshNews(dk.spirekassen.news.NewsVisibility.PUBLIC) + "/slet");
		owned(routes, "GET", "/nyheder/{id:\\d+}/rediger", Access.OWN_ORGANISATION,
				s -> "/nyheder/" + s.news.update + "/rediger", s -> "/nyheder/" + s.news.otherUpdate + "/rediger", true);
		owned(routes, "POST", "/nyheder/{id:\\d+}", Access.OWN_ORGANISATION,
				s -> "/nyheder/" + s.news.update, s -> "/nyheder/" + s.news.otherUpdate, false);
		owned(routes, "POST", "/nyheder/{id:\\d+}/slet", Access.OWN_ORGANISATION,
				s -> "/nyheder/" + s.news.freshUpdate(s.projects.project) + "/slet",
				s -> "/nyheder/" + s.news.freshUpdate(s.projects.otherProject) + "/slet", false);
		editor(routes, "GET", "/projekter/{id:\\d+}/opdateringer/ny", "/opdateringer/ny", true);
		editor(routes, "POST", "/projekter/{id:\\d+}/opdateringer", "/opdateringer", false);
	}

	/** One's choice of notifications, and unsubscribing by a mail's link without signing in. */
	private static void notificationRoutes(List<Route> routes) {
		page(routes, "GET", "/indstillinger/notifikationer", Access.SIGNED_IN, s -> "/indstillinger/notifikationer");
		other(routes, "POST", "/indstillinger/notifikationer", Access.SIGNED_IN, s -> "/indstillinger/notifikationer");
		page(routes, "GET", "/afmelding/{token}/{what}", Access.PUBLIC,
				s -> "/afmelding/" + s.unsubscribeToken + "/paamindelser");
		page(routes, "GET", "/afmelding/{token}/{what}", Access.PUBLIC, s -> "/afmelding/" + s.unsubscribeToken + "/alt");
		other(routes, "POST", "/afmelding/{token}/{what}", Access.PUBLIC,
				s -> "/afmelding/" + s.unsubscribeToken + "/paamindelser");
	}

	/** Development days in calendar programs and the JSON API, and the files sent with kept emails. */
	private static void openDataRoutes(List<Route> routes) {
		page(routes, "GET", "/data", Access.PUBLIC, s -> "/data");
		for (var set : List.of("grants", "results", "organisations", "departments", "partners", "days")) {
			other(routes, "GET", "/api/v1/data/{name}.json", Access.PUBLIC, s -> "/api/v1/data/" + set + ".json");
			other(routes, "GET", "/api/v1/data/{name}.csv", Access.PUBLIC, s -> "/api/v1/data/" + set + ".csv");
			other(routes, "GET", "/api/v1/data/schemas/{name}.schema.json", Access.PUBLIC,
					s -> "/api/v1/data/schemas/" + set + ".schema.json");
		}
	}

	private static void calendarRoutes(List<Route> routes) {
		other(routes, "GET", "/udviklingsdage/{id:\\d+}/kalender.ics", Access.PUBLIC,
				s -> "/udviklingsdage/" + s.day() + "/kalender.ics");
		other(routes, "GET", "/udviklingsdage/kalender.ics", Access.PUBLIC, s -> "/udviklingsdage/kalender.ics");
		other(routes, "GET", "/api/days", Access.PUBLIC, s -> "/api/days?past=true");
		other(routes, "GET", "/api/days/{id}", Access.PUBLIC, s -> "/api/days/" + s.day());
		// Without a body and a key the answer is 400, but it shows the route is open to anyone.
		other(routes, "POST", "/api/days/{id}/registrations", Access.PUBLIC,
				s -> "/api/days/" + s.day() + "/registrations");
		other(routes, "GET", "/sekretariat/udbakke/{id:\\d+}/vedhaeftninger/{attachmentId:\\d+}", Access.SECRETARIAT,
				Samples::mailAttachment);
	}

	private static String offerUrl(long project, long[] needAndOffer) {
		return "/projekter/" + project + "/behov/" + needAndOffer[0] + "/tilbud/" + needAndOffer[1] + "?accept=false";
	}

	/** A route on the member's own project and on someone else's. */
	private static void editor(List<Route> routes, String method, String pattern, String suffix, boolean page) {
		owned(routes, method, pattern, Access.OWN_ORGANISATION, s -> "/projekter/" + s.projects.project + suffix,
				s -> "/projekter/" + s.projects.otherProject + suffix, page);
	}

	/** Routes that are not the application's own pages: error handling and the OpenAPI description. */
	public static boolean isInfrastructure(String key) {
		return key.endsWith(" /error") || key.contains("/v3/api-docs") || key.contains("/swagger-ui");
	}

	/** Development days: public pages and registration, and the secretariat's planning and waitlist. */
	private static void dayRoutes(List<Route> routes) {
		page(routes, "GET", "/udviklingsdage", Access.PUBLIC, s -> "/udviklingsdage");
		page(routes, "GET", "/udviklingsdage/{id:\\d+}", Access.PUBLIC, s -> "/udviklingsdage/" + s.days.day);
		// A day that has been held: its participant mix and the project groups it formed, linked to their projects.
		page(routes, "GET", "/udviklingsdage/{id:\\d+}", Access.PUBLIC, s -> "/udviklingsdage/" + s.days.heldDay());
		other(routes, "POST", "/udviklingsdage/{id:\\d+}/tilmelding", Access.PUBLIC,
				s -> "/udviklingsdage/" + s.days.day + "/tilmelding");
		page(routes, "GET", "/tilmelding/{token}", Access.PUBLIC, s -> "/tilmelding/" + s.days.token);
		// Asks before cancelling; only the POST cancels.
		page(routes, "GET", "/tilmelding/{token}/afmeld", Access.PUBLIC, s -> "/tilmelding/" + s.days.token + "/afmeld");
		other(routes, "POST", "/tilmelding/{token}/afmeld", Access.PUBLIC,
				s -> "/tilmelding/" + s.days.freshToken() + "/afmeld");
		String admin = "/sekretariat/udviklingsdage";
		page(routes, "GET", admin, Access.SECRETARIAT, s -> admin);
		page(routes, "GET", admin + "/ny", Access.SECRETARIAT, s -> admin + "/ny");
		other(routes, "POST", admin, Access.SECRETARIAT, s -> admin);
		page(routes, "GET", admin + "/{id:\\d+}", Access.SECRETARIAT, s -> admin + "/" + s.days.day);
		page(routes, "GET", admin + "/{id:\\d+}/rediger", Access.SECRETARIAT, s -> admin + "/" + s.days.day + "/rediger");
		other(routes, "POST", admin + "/{id:\\d+}", Access.SECRETARIAT, s -> admin + "/" + s.days.day);
		page(routes, "GET", admin + "/{id:\\d+}/program", Access.SECRETARIAT, s -> admin + "/" + s.days.day + "/program");
		other(routes, "POST", admin + "/{id:\\d+}/program", Access.SECRETARIAT, s -> admin + "/" + s.days.day + "/program");
		other(routes, "POST", admin + "/{id:\\d+}/program/{itemId:\\d+}/slet", Access.SECRETARIAT,
				s -> admin + "/" + s.days.day + "/program/" + s.days.freshProgrammeItem() + "/slet");
		other(routes, "POST", admin + "/{id:\\d+}/tilmeldinger/{registrationId:\\d+}", Access.SECRETARIAT,
				s -> admin + "/" + s.days.day + "/tilmeldinger/" + s.days.freshRegistration() + "?action=remove&reason=Dobbelt");
		dayStaffRoutes(routes);
		dayIdeaRoutes(routes);
	}

	/** The secretariat's tools for a day: participant list and exports, check-in, PDFs, participant mix, messages. */
	private static void dayStaffRoutes(List<Route> routes) {
		String admin = "/sekretariat/udviklingsdage/{id:\\d+}";
		Function<Samples, String> day = s -> "/sekretariat/udviklingsdage/" + s.days.day;
		page(routes, "GET", admin + "/deltagere", Access.SECRETARIAT, s -> day.apply(s) + "/deltagere?status=CONFIRMED");
		other(routes, "GET", admin + "/deltagere/eksport", Access.SECRETARIAT,
				s -> day.apply(s) + "/deltagere/eksport?format=xlsx&type=RESIDENT");
		page(routes, "GET", admin + "/indtjekning", Access.SECRETARIAT, s -> day.apply(s) + "/indtjekning");
		other(routes, "POST", admin + "/indtjekning/{registrationId:\\d+}", Access.SECRETARIAT,
				s -> day.apply(s) + "/indtjekning/" + s.days.freshRegistration() + "?present=true");
		other(routes, "GET", admin + "/indtjekningsliste.pdf", Access.SECRETARIAT,
				s -> day.apply(s) + "/indtjekningsliste.pdf");
		other(routes, "GET", admin + "/navneskilte.pdf", Access.SECRETARIAT, s -> day.apply(s) + "/navneskilte.pdf");
		page(routes, "GET", admin + "/beskeder", Access.SECRETARIAT, s -> day.apply(s) + "/beskeder?sendt=2");
		other(routes, "POST", admin + "/beskeder", Access.SECRETARIAT,
				s -> day.apply(s) + "/beskeder?audience=WAITLISTED&subject=Pr%C3%B8ve&body=Hej");
	}

	/** Ideas and project groups from a day, the evaluation survey, and personal data on request. */
	private static void dayIdeaRoutes(List<Route> routes) {
		String admin = "/sekretariat/udviklingsdage/";
		page(routes, "GET", admin + "{id:\\d+}/ideer", Access.SECRETARIAT, s -> admin + s.days.day + "/ideer");
		other(routes, "POST", admin + "{id:\\d+}/ideer", Access.SECRETARIAT, s -> admin + s.days.day + "/ideer");
		other(routes, "POST", admin + "{id:\\d+}/grupper", Access.SECRETARIAT, s -> admin + s.days.day + "/grupper");
		other(routes, "POST", "/tilmelding/{token}/ideer", Access.PUBLIC, s -> "/tilmelding/" + s.days.token + "/ideer");
		// The group's project is for members; those who may not see it find no project.
		other(routes, "GET", "/projekter/fra-gruppe/{groupId:\\d+}", Access.MEMBERS,
				s -> "/projekter/fra-gruppe/" + s.days.group);
		page(routes, "GET", admin + "{id:\\d+}/evaluering", Access.SECRETARIAT, s -> admin + s.days.day + "/evaluering");
		other(routes, "POST", admin + "{id:\\d+}/evaluering", Access.SECRETARIAT, s -> admin + s.days.day + "/evaluering");
		page(routes, "GET", "/evaluering/{token}", Access.PUBLIC, s -> "/evaluering/" + s.days.evaluationToken());
		other(routes, "POST", "/evaluering/{token}", Access.PUBLIC, s -> "/evaluering/" + s.days.evaluationToken());
		page(routes, "GET", "/mine-tilmeldinger", Access.PUBLIC, s -> "/mine-tilmeldinger");
		other(routes, "POST", "/mine-tilmeldinger", Access.PUBLIC, s -> "/mine-tilmeldinger");
		page(routes, "GET", "/mine-tilmeldinger/{token}", Access.PUBLIC,
				s -> "/mine-tilmeldinger/" + s.days.personalDataToken());
		other(routes, "GET", "/mine-tilmeldinger/{token}/data.json", Access.PUBLIC,
				s -> "/mine-tilmeldinger/" + s.days.personalDataToken() + "/data.json");
	}

	/** The network of organisations and partners: public, each role seeing the links of the projects it may see. */
	private static void networkRoutes(List<Route> routes) {
		page(routes, "GET", "/netvaerk", Access.PUBLIC, s -> "/netvaerk");
		page(routes, "GET", "/netvaerk", Access.PUBLIC, s -> "/netvaerk?region=HOVEDSTADEN&sort=name");
	}

	/** Joining as a partner by yourself, and the secretariat's decisions. */
	private static void joiningRoutes(List<Route> routes) {
		page(routes, "GET", "/bliv-partner", Access.PUBLIC, s -> "/bliv-partner");
		other(routes, "POST", "/bliv-partner", Access.PUBLIC, s -> "/bliv-partner");
		page(routes, "GET", "/bliv-partner/sendt", Access.PUBLIC, s -> "/bliv-partner/sendt");
		page(routes, "GET", "/bliv-partner/bekraeft", Access.PUBLIC,
				s -> "/bliv-partner/bekraeft?token=" + s.joining.confirmToken());
		page(routes, "GET", "/bliv-partner/svar", Access.PUBLIC,
				s -> "/bliv-partner/svar?token=" + s.joining.questionToken());
		other(routes, "POST", "/bliv-partner/svar", Access.PUBLIC,
				s -> "/bliv-partner/svar?token=" + s.joining.questionToken());
		page(routes, "GET", "/bliv-partner/besvaret", Access.PUBLIC, s -> "/bliv-partner/besvaret");
		page(routes, "GET", "/adgang", Access.PUBLIC, s -> "/adgang");
		other(routes, "POST", "/adgang", Access.PUBLIC, s -> "/adgang");
		page(routes, "GET", "/adgang/sendt", Access.PUBLIC, s -> "/adgang/sendt");
		page(routes, "GET", "/adgang/bekraeft", Access.PUBLIC,
				s -> "/adgang/bekraeft?token=" + s.joining.staffConfirmToken(s.organisation));
		var requests = "/organisationer/{id:\\d+}/anmodninger";
		owned(routes, "GET", requests, Access.OWN_ORGANISATION, s -> "/organisationer/" + s.organisation + "/anmodninger",
				s -> "/organisationer/" + s.otherOrganisation + "/anmodninger", true);
		owned(routes, "POST", requests + "/{requestId:\\d+}/godkend", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/anmodninger/" + s.joining.staffWaiting(s.organisation)
						+ "/godkend",
				s -> "/organisationer/" + s.otherOrganisation + "/anmodninger/"
						+ s.joining.staffWaiting(s.otherOrganisation) + "/godkend",
				false);
		owned(routes, "POST", requests + "/{requestId:\\d+}/afvis", Access.OWN_ORGANISATION,
				s -> "/organisationer/" + s.organisation + "/anmodninger/" + s.joining.staffWaiting(s.organisation)
						+ "/afvis?message=Ukendt",
				s -> "/organisationer/" + s.otherOrganisation + "/anmodninger/"
						+ s.joining.staffWaiting(s.otherOrganisation) + "/afvis?message=Ukendt",
				false);
		page(routes, "GET", "/partnere/{id:\\d+}/adgang", Access.PUBLIC, s -> "/partnere/" + s.otherPartner + "/adgang");
		other(routes, "POST", "/partnere/{id:\\d+}/adgang", Access.PUBLIC,
				s -> "/partnere/" + s.otherPartner + "/adgang");
		page(routes, "GET", "/adgang/sendt-til-partner", Access.PUBLIC, s -> "/adgang/sendt-til-partner");
		var partnerRequests = "/partnere/{id:\\d+}/anmodninger";
		owned(routes, "GET", partnerRequests, Access.OWN_PARTNER, s -> "/partnere/" + s.partner + "/anmodninger",
				s -> "/partnere/" + s.otherPartner + "/anmodninger", true);
		owned(routes, "POST", partnerRequests + "/{requestId:\\d+}/godkend", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner + "/anmodninger/" + s.joining.partnerPersonWaiting(s.partner) + "/godkend",
				s -> "/partnere/" + s.otherPartner + "/anmodninger/" + s.joining.partnerPersonWaiting(s.otherPartner)
						+ "/godkend",
				false);
		owned(routes, "POST", partnerRequests + "/{requestId:\\d+}/afvis", Access.OWN_PARTNER,
				s -> "/partnere/" + s.partner + "/anmodninger/" + s.joining.partnerPersonWaiting(s.partner)
						+ "/afvis?message=Ukendt",
				s -> "/partnere/" + s.otherPartner + "/anmodninger/" + s.joining.partnerPersonWaiting(s.otherPartner)
						+ "/afvis?message=Ukendt",
				false);
		var admin = "/sekretariat/ansoegninger";
		page(routes, "GET", admin, Access.SECRETARIAT, s -> admin);
		page(routes, "GET", admin + "/{id:\\d+}", Access.SECRETARIAT, s -> admin + "/" + s.joining.waiting());
		other(routes, "POST", admin + "/{id:\\d+}/godkend", Access.SECRETARIAT,
				s -> admin + "/" + s.joining.waiting() + "/godkend");
		other(routes, "POST", admin + "/{id:\\d+}/afvis", Access.SECRETARIAT,
				s -> admin + "/" + s.joining.waiting() + "/afvis?message=Ikke+relevant");
		other(routes, "POST", admin + "/{id:\\d+}/spoerg", Access.SECRETARIAT,
				s -> admin + "/" + s.joining.waiting() + "/spoerg?message=Hvad+kan+I");
	}

	/** The seed fund: calls for everyone, applying, an application's page and its parts by who may take them. */
	private static void fundRoutes(List<Route> routes) {
		page(routes, "GET", "/puljer", Access.PUBLIC, s -> "/puljer");
		// A project's applications and open calls show for those who may apply for it; others see the calls.
		page(routes, "GET", "/puljer", Access.PUBLIC, s -> "/puljer?projekt=" + s.projects.project);
		page(routes, "GET", "/puljer/{id:\\d+}", Access.PUBLIC, s -> "/puljer/" + s.fund.call);
		page(routes, "GET", "/puljer/{id:\\d+}/ansoeg", Access.SIGNED_IN, s -> "/puljer/" + s.fund.call + "/ansoeg");
		owned(routes, "GET", "/puljer/{id:\\d+}/ansoeg", Access.OWN_ORGANISATION,
				s -> "/puljer/" + s.fund.call + "/ansoeg?projekt=" + s.projects.project,
				s -> "/puljer/" + s.fund.call + "/ansoeg?projekt=" + s.projects.otherProject, true);
		owned(routes, "POST", "/puljer/{id:\\d+}/ansoeg", Access.OWN_ORGANISATION,
				s -> "/puljer/" + s.fund.call + "/ansoeg?projectId=" + s.projects.project,
				s -> "/puljer/" + s.fund.call + "/ansoeg?projectId=" + s.projects.otherProject, false);
		var a = "/puljer/ansoegninger/";
		owned(routes, "GET", "/puljer/ansoegninger/{id:\\d+}", Access.OWN_ORGANISATION,
				s -> a + s.fund.application, s -> a + s.fund.otherApplication, true);
		// Another organisation's application: only the secretariat sees it, with reviewers, scores and the decision.
		page(routes, "GET", "/puljer/ansoegninger/{id:\\d+}", Access.SECRETARIAT, s -> a + s.fund.otherApplication);
		owned(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/tilbagetraek", Access.OWN_ORGANISATION,
				s -> a + s.fund.freshApplication() + "/tilbagetraek",
				s -> a + s.fund.freshOtherApplication() + "/tilbagetraek", false);
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/bedoemmelse", Access.PARTNERS,
				s -> a + s.fund.reviewed + "/bedoemmelse");
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/inhabil", Access.PARTNERS,
				s -> a + s.fund.reviewed + "/inhabil");
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/bedoemmere", Access.SECRETARIAT,
				s -> a + s.fund.application + "/bedoemmere");
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/bedoemmere/{reviewerId:\\d+}/fjern", Access.SECRETARIAT,
				s -> s.fund.freshAssignmentPath());
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/afgoerelse", Access.SECRETARIAT,
				s -> a + s.fund.application + "/afgoerelse");
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/udbetalinger", Access.SECRETARIAT,
				s -> a + s.fund.granted + "/udbetalinger");
		other(routes, "POST", "/puljer/ansoegninger/{id:\\d+}/udbetalinger/{payoutId:\\d+}/betalt",
				Access.SECRETARIAT, s -> a + s.fund.granted + "/udbetalinger/" + s.fund.payout + "/betalt");
		page(routes, "GET", "/sekretariat/puljer", Access.SECRETARIAT, s -> "/sekretariat/puljer");
		page(routes, "GET", "/sekretariat/puljer/ny", Access.SECRETARIAT, s -> "/sekretariat/puljer/ny");
		other(routes, "POST", "/sekretariat/puljer/ny", Access.SECRETARIAT, s -> "/sekretariat/puljer/ny");
		page(routes, "GET", "/sekretariat/puljer/{id:\\d+}", Access.SECRETARIAT,
				s -> "/sekretariat/puljer/" + s.fund.call);
	}

	private static void page(List<Route> routes, String method, String pattern, Access access,
			Function<Samples, String> path) {
		routes.add(new Route(method, pattern, access, path, path, true));
	}

	private static void other(List<Route> routes, String method, String pattern, Access access,
			Function<Samples, String> path) {
		routes.add(new Route(method, pattern, access, path, path, false));
	}

	private static void owned(List<Route> routes, String method, String pattern, Access access,
			Function<Samples, String> own, Function<Samples, String> others, boolean page) {
		routes.add(new Route(method, pattern, access, own, others, page));
	}
}
