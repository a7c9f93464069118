package dk.spirekassen.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.AccountManagement.AccountRow;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.funding.ApplicationDetails;
import dk.spirekassen.funding.Aspect;
import dk.spirekassen.funding.CallDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundManagement.Decision;
import dk.spirekassen.funding.FundViews.CriterionView;
import dk.spirekassen.funding.FundViews.ReviewerOption;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectManagement.SeedFacts;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;

/**
 * The seed fund's history and present, made through the fund's own rules on the days they happened: the 2022 call
 * on climate and biodiversity that granted the EV-charging and biodiversity projects (their leads apply while the
 * projects are still ideas, before the projects demo moves them on), the 2023 call after the development days, and an
 * open call with applications at every step of review.
 */
final class FundDemoData {

	private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

	private final FundManagement fund;

	private final AccountManagement accounts;

	private final ActorManagement actors;

	private final List<Long> applications2022 = new ArrayList<>();

	private Long call2022;

	private Viewer secretariat;

	/** The demo projects as the fund sees them. */
	private List<SeedFacts> projects;

	private final ProjectManagement catalogue;

	FundDemoData(FundManagement fund, ProjectManagement catalogue, AccountManagement accounts,
			ActorManagement actors) {
		this.fund = fund;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.actors = actors;
	}

	/** The lead applies to the 2022 call in March 2022, while the project is still being worked out. */
	void apply2022(long projectId, Viewer lead, long requested, String purpose) {
		if (call2022 == null) {
			var themes = themes(DemoProjects.EV_CHARGING, DemoProjects.BIODIVERSITY, DemoProjects.CLIMATE);
			call2022 = on("2022-01-10").createCall(new CallDetails("Spirekassens pulje 2022: klima og biodiversitet",
					"""
					Puljen støtter projekter, der gør boligområder klar til fremtiden med grøn omstilling og mere \
					natur. Støtten er startkapital: den skal hjælpe projektet med at skaffe resten af \
					finansieringen.""", 400_000, 200_000, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 31),
					themes, criteria()), secretariat());
		}
		var prefilled = on("2022-03-14").prefill(projectId, lead);
		applications2022.add(on("2022-03-14").apply(call2022, projectId, new ApplicationDetails(prefilled.summary(),
				purpose, requested, prefilled.projectBudget(), prefilled.coFinancing()), lead));
	}

	/** Decides the 2022 call, then holds the 2023 call and opens this year's. */
	void load(Collection<Long> projectIds) {
		projects = projectIds.stream().map(catalogue::seedFacts).flatMap(Optional::stream).toList();
		for (var id : applications2022) {
			review(id, "2022-04-20", 2, 4);
			var requested = on("2022-05-02").application(id, secretariat()).application().requested();
			on("2022-05-02").decide(id, new Decision(true, requested, """
					Bestyrelsen bevilger det fulde beløb: projektet er bredt funderet, har medfinansiering på plads \
					og efterlader en værktøjskasse, som andre afdelinger kan bruge."""), secretariat());
			payouts(id, requested, "2022-05-15", "2023-01-15");
		}
		hold2023(secretariat());
		openCall(secretariat());
	}

	private void hold2023(Viewer secretariat) {
		var call = on("2023-05-01").createCall(new CallDetails("Pulje efter udviklingsdagene 2023", """
				Fra udviklingsdagene i foråret 2023 kom 21 projektgrupper. Puljen giver de grupper, der er klar, \
				midler til at komme fra idé til projekt.""", 500_000, 100_000, LocalDate.of(2023, 5, 15),
				LocalDate.of(2023, 8, 31), Set.of(), criteria()), secretariat);
		var candidates = projects.stream()
			.filter(p -> p.stage() == Stage.RUNNING)
			.limit(4)
			.toList();
		var applied = new ArrayList<Long>();
		long[] asked = { 100_000, 75_000, 90_000, 60_000 };
		for (int i = 0; i < candidates.size(); i++) {
			applied.add(on("2023-08-" + (20 + i)).apply(call, candidates.get(i).id(), details(candidates.get(i),
					asked[i], "Projektledelse og de første aktiviteter med beboerne."), secretariat));
		}
		for (int i = 0; i < applied.size(); i++) {
			long id = applied.get(i);
			boolean grant = i < 3;
			review(id, "2023-09-12", grant ? 3 : 1, grant ? 5 : 2);
			on("2023-09-28").decide(id, new Decision(grant, grant ? asked[i] : null, grant
					? "Bestyrelsen bevilger: en klar plan, lokal forankring og partnere, der allerede er med."
					: "Bestyrelsen giver afslag: projektet mangler en afdeling, der vil stå for driften bagefter."),
					secretariat);
			if (grant) {
				payouts(id, asked[i], "2023-10-15", "2024-06-30");
			}
		}
	}

	/** This year's call, open now: one application ready for the decision, one halfway reviewed, one just in. */
	private void openCall(Viewer secretariat) {
		var today = LocalDate.now(DANISH);
		var call = fund.createCall(new CallDetails("Spirekassens pulje " + today.getYear() + ": fællesskab og "
				+ "grøn omstilling", """
				Puljen støtter projekter, der skaber værdi på mere end én bundlinje: sociale fællesskaber, \
				klima og økonomi. Søg om op til 150.000 kr. til at komme fra idé til projekt.""", 750_000, 150_000,
				today.minusDays(21), today.plusDays(30), Set.of(), criteria()), secretariat);
		var member = viewer(accounts.accounts()
			.stream()
			.filter(a -> a.email().equals("medlem@spirekassen.dk"))
			.findFirst()
			.orElseThrow());
		var applied = new ArrayList<Long>();
		fund.applicable(call, member).stream().limit(1).forEach(p -> applied.add(fund.apply(call, p.id(),
				details(p, 120_000, "En projektleder på halv tid i et år og workshops med beboerne."), member)));
		var taken = applied.isEmpty() ? Set.<Long>of() : Set.of(fund.application(applied.get(0), secretariat)
			.application()
			.projectId());
		projects.stream()
			.filter(p -> p.stage() == Stage.PROJECT_GROUP && !taken.contains(p.id()))
			.limit(3 - applied.size())
			.forEach(p -> applied.add(fund.apply(call, p.id(), details(p, 80_000,
					"Udstyr og aktiviteter i de første seks måneder."), secretariat)));
		var today2 = today.toString();
		if (applied.size() > 0) {
			review(applied.get(0), today2, 2, 4);
		}
		if (applied.size() > 1) {
			assign(applied.get(1), today2, 2).stream().limit(1).forEach(r -> score(applied.get(1), today2, r, 3));
		}
	}

	private static ApplicationDetails details(SeedFacts project, long requested, String purpose) {
		return new ApplicationDetails(project.summary(), purpose, requested, project.budget(),
				project.coFinancing());
	}

	/** Two reviewers without a conflict score every criterion between the lowest and the highest score given. */
	private void review(long id, String day, int low, int high) {
		int score = low;
		for (var reviewer : assign(id, day, 2)) {
			score(id, day, reviewer, score);
			score = high;
		}
	}

	/** Assigns reviewers, the demo partner first when she is free of conflict, so she has a review to do. */
	private List<Viewer> assign(long id, String day, int count) {
		var secretariat = secretariat();
		var free = fund.application(id, secretariat)
			.pool()
			.stream()
			.filter(o -> o.conflict() == null)
			.map(ReviewerOption::accountId)
			.collect(Collectors.toSet());
		var byId = accounts.accounts().stream().collect(Collectors.toMap(AccountRow::id, a -> a));
		var chosen = new ArrayList<Viewer>();
		accounts.accounts()
			.stream()
			.filter(a -> free.contains(a.id()))
			.sorted((a, b) -> Boolean.compare(!"partner@spirekassen.dk".equals(a.email()),
					!"partner@spirekassen.dk".equals(b.email())))
			.limit(count)
			.forEach(a -> {
				on(day).assign(id, a.id(), secretariat);
				chosen.add(viewer(byId.get(a.id())));
			});
		return chosen;
	}

	private void score(long id, String day, Viewer reviewer, int level) {
		var page = on(day).application(id, reviewer);
		var scores = new HashMap<Long, Integer>();
		int i = 0;
		for (CriterionView criterion : page.criteria()) {
			scores.put(criterion.id(), Math.max(0, Math.min(5, level + (i++ % 2 == 0 ? 0 : -1))));
		}
		on(day).score(id, scores, Map.of(), reviewer);
	}

	/** Half on the start, paid; half on the final report, paid when the day has passed. */
	private void payouts(long id, long granted, String start, String end) {
		var secretariat = secretariat();
		long first = granted / 2;
		long startPayout = on(start).planPayout(id, "Opstart", first, LocalDate.parse(start), secretariat);
		on(start).markPaid(id, startPayout, secretariat);
		long endPayout = on(start).planPayout(id, "Slutrapport godkendt", granted - first, LocalDate.parse(end),
				secretariat);
		if (LocalDate.parse(end).isBefore(LocalDate.now(DANISH))) {
			on(end).markPaid(id, endPayout, secretariat);
		}
	}

	private static List<CriterionDetails> criteria() {
		return List.of(new CriterionDetails("Social værdi for beboerne", Aspect.SOCIAL, 3),
				new CriterionDetails("Klima og natur", Aspect.CLIMATE, 2),
				new CriterionDetails("Økonomisk bæredygtighed og medfinansiering", Aspect.ECONOMIC, 2),
				new CriterionDetails("Gennemførlighed og forankring", Aspect.FEASIBILITY, 3));
	}

	private Set<Long> themes(String... names) {
		var wanted = Set.of(names);
		return actors.themes()
			.stream()
			.filter(t -> wanted.contains(t.getName()))
			.map(Theme::getId)
			.collect(Collectors.toSet());
	}

	private FundManagement on(String day) {
		return fund.asOf(Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(DANISH).toInstant(), DANISH));
	}

	private Viewer secretariat() {
		if (secretariat == null) {
			secretariat = viewer(accounts.accounts()
				.stream()
				.filter(a -> a.role() == Role.SECRETARIAT)
				.findFirst()
				.orElseThrow());
		}
		return secretariat;
	}

	private static Viewer viewer(AccountRow account) {
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
