package dk.spirekassen.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.demo.NationalDirectory.Department;
import dk.spirekassen.demo.NationalDirectory.Organisation;
import dk.spirekassen.demo.NationalDirectory.Partner;
import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Visibility;

import static dk.spirekassen.demo.NationalWords.pick;

/**
 * Projects at national scale, each with the history of its stages, its participants, needs, indicators and, mostly
 * for finished projects, toolbox files. A project is only where its rules let it be: running and later with an owner
 * and a lead, completed with results, anchored with lessons, paused and stopped with a reason in the history.
 */
final class NationalProjects {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private static final Stage[] STAGES = Stage.values();

	/** How common each stage is, in the order of {@link Stage}. */
	private static final double[] STAGE_SHARES = { 14, 14, 34, 16, 10, 6, 6 };

	private static final double[] NEED_KINDS = { 25, 20, 20, 15, 20 }; // in the order of NeedKind

	private final Random random;

	private final BulkInsert bulk;

	private final Instant now;

	private final NationalDirectory directory;

	private final List<Theme> themes;

	private final Function<byte[], String> storage;

	private final double[] ownerWeights;

	private final List<Plan> plans = new ArrayList<>();

	/** Draws the measurements and funding lines, apart from the rest, so the rest is as it was before them. */
	private final Random measuring = new Random(20_261_202L);

	/** One step of a project's history. */
	private record Step(Stage from, Stage to, Instant at, String comment) {
	}

	private record Plan(long id, String title, Stage stage, Visibility visibility, Organisation owner, boolean lead,
			Theme theme, Department department, Instant created, List<Step> steps) {

		boolean reached(Stage stage) {
			return steps.stream().anyMatch(s -> s.to() == stage);
		}

		Instant updated() {
			return steps.get(steps.size() - 1).at();
		}
	}

	NationalProjects(Random random, BulkInsert bulk, Instant now, NationalDirectory directory, List<Theme> themes,
			Function<byte[], String> storage) {
		this.random = random;
		this.bulk = bulk;
		this.now = now;
		this.directory = directory;
		this.themes = themes;
		this.storage = storage;
		this.ownerWeights = directory.housing.stream().mapToDouble(o -> o.departments().size()).toArray();
	}

	/** The projects, each with its themes, places, departments, participants and the history of its stages. */
	void projects(int count) {
		var projectTable = bulk.table("project", "id", "title", "summary", "description", "stage", "paused_from",
				"visibility", "owner_organisation_id", "proposed_owner_organisation_id", "budget", "results_summary",
				"lessons", "proposed_by_account_id", "created_at", "updated_at");
		var ids = bulk.ids("project_seq");
		for (int i = 0; i < count; i++) {
			var stage = STAGES[draw(STAGE_SHARES)];
			var steps = new ArrayList<Step>();
			var created = now.minus(20 + random.nextInt(6 * 365), ChronoUnit.DAYS)
				.minus(random.nextInt(36_000), ChronoUnit.SECONDS);
			var path = path(stage);
			var span = Duration.between(created, now.minus(1, ChronoUnit.DAYS));
			for (int k = 0; k < path.size(); k++) {
				var at = k == 0 ? created
						: created.plus(span.multipliedBy((long) ((k - 1 + 0.2 + 0.8 * random.nextDouble()) * 1000))
							.dividedBy(1000L * Math.max(1, path.size() - 1)));
				var to = path.get(k);
				var comment = to == Stage.PAUSED ? NationalWords.pauseReason(random)
						: to == Stage.STOPPED ? NationalWords.stopReason(random) : null;
				steps.add(new Step(k == 0 ? null : path.get(k - 1), to, at, comment));
			}
			boolean ran = path.contains(Stage.RUNNING);
			Organisation owner = ran || random.nextInt(10) < 8 ? owner() : null;
			Organisation proposed = owner == null && random.nextInt(3) == 0 ? owner() : null;
			boolean lead = owner != null && (ran || random.nextBoolean());
			var visibility = random.nextInt(10) < 6 ? Visibility.PUBLIC
					: random.nextInt(4) < 3 ? Visibility.MEMBERS : Visibility.PARTICIPANTS;
			var theme = pick(random, themes);
			var home = owner != null ? owner : proposed != null ? proposed : owner();
			var department = pick(random, home.departments());
			var town = NationalDirectory.postalCity(directory.municipality(department.municipalityCode()));
			var plan = new Plan(ids.next(), truncate(NationalWords.projectTitle(random, theme.getName(),
					department.name(), town), 200), stage, visibility, owner, lead, theme, department, created, steps);
			plans.add(plan);
			Long budget = ran ? Long.valueOf(10_000L * (15 + random.nextInt(785)))
					: random.nextBoolean() ? Long.valueOf(10_000L * (10 + random.nextInt(290))) : null;
			boolean completed = plan.reached(Stage.COMPLETED);
			boolean anchored = plan.reached(Stage.ANCHORED);
			projectTable.add(plan.id(), plan.title(),
					truncate(NationalWords.projectSummary(random, theme.getName(), department.name()), 500),
					NationalWords.projectDescription(random, theme.getName(), department.name(), department.built(),
							department.homes()),
					stage, stage == Stage.PAUSED ? steps.get(steps.size() - 2).to() : null, visibility,
					owner == null ? null : owner.id(), proposed == null ? null : proposed.id(), budget,
					completed ? NationalWords.results(random, theme.getName()) : null,
					anchored || (completed && random.nextBoolean()) ? NationalWords.lessons(random) : null,
					owner == null ? null : owner.accountId(), created, plan.updated());
		}
		projectTable.flush();
		parts();
	}

	/** The stages a project passed through to reach the given one, from its first. */
	private List<Stage> path(Stage stage) {
		var path = new ArrayList<Stage>();
		path.add(Stage.IDEA);
		switch (stage) {
			case IDEA -> {
			}
			case PROJECT_GROUP -> path.add(Stage.PROJECT_GROUP);
			case RUNNING -> path.addAll(List.of(Stage.PROJECT_GROUP, Stage.RUNNING));
			case COMPLETED -> path.addAll(List.of(Stage.PROJECT_GROUP, Stage.RUNNING, Stage.COMPLETED));
			case ANCHORED -> path.addAll(List.of(Stage.PROJECT_GROUP, Stage.RUNNING, Stage.COMPLETED, Stage.ANCHORED));
			case PAUSED, STOPPED -> {
				int reached = random.nextInt(3);
				if (reached >= 1) {
					path.add(Stage.PROJECT_GROUP);
				}
				if (reached >= 2) {
					path.add(Stage.RUNNING);
				}
				path.add(stage);
			}
		}
		return path;
	}

	/** Themes, places, departments, participants and the history of every project. */
	private void parts() {
		var themeTable = bulk.table("project_theme", "project_id", "theme_id");
		var municipalityTable = bulk.table("project_municipality", "project_id", "municipality_code");
		var departmentTable = bulk.table("project_department", "project_id", "department_id");
		var participantTable = bulk.table("project_participant", "id", "project_id", "role", "organisation_id",
				"partner_id", "account_id", "person_name", "created_at");
		var transitionTable = bulk.table("project_transition", "id", "project_id", "from_stage", "to_stage",
				"account_id", "actor_name", "comment", "happened_at");
		var participantIds = bulk.ids("project_participant_seq");
		var transitionIds = bulk.ids("project_transition_seq");
		for (var plan : plans) {
			var themeIds = new LinkedHashSet<Long>();
			themeIds.add(plan.theme().getId());
			if (random.nextInt(10) < 3) {
				themeIds.add(pick(random, themes).getId());
			}
			themeIds.forEach(id -> themeTable.add(plan.id(), id));
			var codes = new LinkedHashSet<Integer>();
			codes.add(plan.department().municipalityCode());
			var departments = new LinkedHashSet<Long>();
			departments.add(plan.department().id());
			if (plan.owner() != null) {
				if (random.nextInt(5) == 0) {
					codes.add(plan.owner().home().getCode());
				}
				int more = random.nextInt(3);
				for (int k = 0; k < more; k++) {
					var other = pick(random, plan.owner().departments());
					departments.add(other.id());
					codes.add(other.municipalityCode());
				}
			}
			codes.forEach(code -> municipalityTable.add(plan.id(), code));
			departments.forEach(id -> departmentTable.add(plan.id(), id));

			var created = plan.created();
			if (plan.owner() != null) {
				participantTable.add(participantIds.next(), plan.id(), ProjectRole.OWNER, plan.owner().id(), null, null,
						null, created);
			}
			if (plan.lead()) {
				participantTable.add(participantIds.next(), plan.id(), ProjectRole.LEAD, null, null,
						plan.owner().accountId(), null, created);
			}
			var organisations = new HashSet<Long>();
			int others = random.nextInt(3);
			for (int k = 0; k < others; k++) {
				var other = owner();
				if (plan.owner() != null && other.id() == plan.owner().id() || !organisations.add(other.id())) {
					continue;
				}
				participantTable.add(participantIds.next(), plan.id(), ProjectRole.PARTICIPANT, other.id(), null, null,
						null, created.plus(1 + random.nextInt(60), ChronoUnit.DAYS));
			}
			var partners = new HashSet<Long>();
			int partnerCount = random.nextInt(4);
			for (int k = 0; k < partnerCount && !directory.partners.isEmpty(); k++) {
				var partner = pick(random, directory.partners);
				if (!partners.add(partner.id())) {
					continue;
				}
				participantTable.add(participantIds.next(), plan.id(), role(partner), null, partner.id(), null, null,
						created.plus(1 + random.nextInt(120), ChronoUnit.DAYS));
			}
			if (random.nextInt(3) == 0) {
				participantTable.add(participantIds.next(), plan.id(), ProjectRole.PARTICIPANT, null, null, null,
						NationalWords.personName(random), created.plus(1 + random.nextInt(90), ChronoUnit.DAYS));
			}
			var actor = plan.lead() ? plan.owner().contact() : "Sekretariatet";
			var account = plan.lead() ? plan.owner().accountId() : null;
			for (var step : plan.steps()) {
				transitionTable.add(transitionIds.next(), plan.id(), step.from(), step.to(), account, actor,
						step.comment(), step.at());
			}
		}
	}

	private static ProjectRole role(Partner partner) {
		return switch (partner.kind()) {
			case RESEARCHER -> ProjectRole.RESEARCHER;
			case FOUNDATION -> ProjectRole.FUNDER;
			case ADVISOR, COMPANY -> ProjectRole.ADVISOR;
			default -> ProjectRole.PARTICIPANT;
		};
	}

	void needs(int count) {
		var table = bulk.table("project_need", "id", "project_id", "kind", "partner_kind", "amount", "description",
				"status", "created_at");
		var ids = bulk.ids("project_need_seq");
		var weights = weights(Map.of(Stage.IDEA, 3.0, Stage.PROJECT_GROUP, 4.0, Stage.RUNNING, 4.0, Stage.COMPLETED,
				1.5, Stage.ANCHORED, 1.0, Stage.PAUSED, 2.0, Stage.STOPPED, 1.0));
		int[] shares = NationalScale.spread(count, NationalScale.jitter(random, weights), 0);
		var kinds = NeedKind.values();
		var partnerKinds = PartnerKind.values();
		for (int i = 0; i < plans.size(); i++) {
			var plan = plans.get(i);
			boolean finished = plan.reached(Stage.COMPLETED);
			for (int k = 0; k < shares[i]; k++) {
				var kind = kinds[draw(NEED_KINDS)];
				var partnerKind = kind == NeedKind.PARTNER ? partnerKinds[random.nextInt(partnerKinds.length)] : null;
				boolean met = finished ? random.nextInt(10) < 9 : plan.stage().active() && random.nextInt(5) == 0;
				table.add(ids.next(), plan.id(), kind, partnerKind,
						kind == NeedKind.FUNDS ? 5_000L * (5 + random.nextInt(200)) : null,
						NationalWords.need(random, kind.name(), partnerKind == null ? null : partnerKind.name(),
								plan.theme().getName()),
						met ? "MET" : "OPEN", between(plan.created(), plan.updated()));
			}
		}
	}

	/**
	 * The kinds of indicator that measure one of the catalogue's (migration V28): its code and unit, so that the
	 * portfolio adds them up at national scale as it does for real projects.
	 */
	private static final Map<String, String[]> CATALOGUED = Map.of(
			"Biodiverst areal", new String[] { "biodiverst-areal", "m²" },
			"Ladepunkter til elbiler", new String[] { "ladepunkter", "ladepunkter" },
			"Besparelse på energi", new String[] { "kr-sparet", "kr." });

	void indicators(int count) {
		var table = bulk.table("indicator", "id", "project_id", "bottom_line", "name", "unit", "baseline_value",
				"baseline_date", "target_value", "target_date", "sdgs", "definition_code");
		var ids = bulk.ids("indicator_seq");
		var measurements = bulk.table("measurement", "id", "indicator_id", "measured_on", "measured", "note")
			.after(table);
		var measurementIds = bulk.ids("measurement_seq");
		var weights = weights(Map.of(Stage.IDEA, 1.0, Stage.PROJECT_GROUP, 3.0, Stage.RUNNING, 5.0, Stage.COMPLETED,
				5.0, Stage.ANCHORED, 5.0, Stage.PAUSED, 3.0, Stage.STOPPED, 2.0));
		int[] shares = NationalScale.spread(count, NationalScale.jitter(random, weights), 0);
		var catalogue = NationalWords.INDICATORS;
		for (int i = 0; i < plans.size(); i++) {
			var plan = plans.get(i);
			var names = new HashSet<String>();
			var baselineDate = LocalDate.ofInstant(plan.created(), DANISH_TIME);
			for (int k = 0; k < shares[i]; k++) {
				var kind = catalogue.get(random.nextInt(catalogue.size()));
				for (int attempt = 0; attempt < 5 && names.contains(kind.name()); attempt++) {
					kind = catalogue.get(random.nextInt(catalogue.size()));
				}
				var name = names.add(kind.name()) ? kind.name() : kind.name() + " (" + (k + 1) + ")";
				double baseline = kind.low() + (kind.high() - kind.low()) * random.nextDouble();
				double target = baseline == 0 || kind.low() == 0 && kind.change() > 0
						? baseline + (kind.high() - kind.low()) * 0.2 * (0.5 + random.nextDouble())
						: baseline * (1 + kind.change() * (0.5 + random.nextDouble()));
				if (kind.unit().startsWith("%")) {
					target = Math.min(100, target);
				}
				var catalogued = CATALOGUED.get(kind.name());
				long id = ids.next();
				var targetDate = baselineDate.plusMonths(12 + random.nextInt(37));
				table.add(id, plan.id(), kind.bottomLine(), name, catalogued == null ? kind.unit() : catalogued[1],
						value(baseline), baselineDate, value(target), targetDate, kind.sdgs(),
						catalogued == null ? null : catalogued[0]);
				if (plan.reached(Stage.RUNNING)) {
					var indicator = new Measured(id, baseline, baselineDate, target, targetDate,
							kind.unit().startsWith("%"));
					measure(indicator, plan.reached(Stage.COMPLETED), measurements, measurementIds);
				}
			}
		}
	}

	/**
	 * The measurements of an indicator of a project that has run: one to four, from two months after the baseline
	 * until today or half a year past the target date, each some way along from the baseline towards the target (most
	 * on track, some behind, a few past it). Drawn from a random of their own, so the rest of the data is as before.
	 */
	private void measure(Measured indicator, boolean completed, BulkInsert.Table table, BulkInsert.Ids ids) {
		var baselineDate = indicator.baselineDate();
		var targetDate = indicator.targetDate();
		var first = baselineDate.plusMonths(2);
		var today = LocalDate.ofInstant(now, DANISH_TIME).minusDays(1);
		var last = targetDate.plusMonths(6).isBefore(today) ? targetDate.plusMonths(6) : today;
		long days = ChronoUnit.DAYS.between(first, last);
		if (days < 1) {
			return;
		}
		int count = (completed ? 2 : 1) + measuring.nextInt(3);
		double pace = 0.5 + 0.7 * measuring.nextDouble();
		long span = Math.max(1, ChronoUnit.DAYS.between(baselineDate, targetDate));
		for (int k = 1; k <= count; k++) {
			var on = first.plusDays(days * k / count);
			double along = Math.min(1.3, (double) ChronoUnit.DAYS.between(baselineDate, on) / span) * pace;
			double measured = Math.max(0, indicator.baseline()
					+ (indicator.target() - indicator.baseline()) * along * (0.9 + 0.2 * measuring.nextDouble()));
			table.add(ids.next(), indicator.id(), on, value(indicator.percent() ? Math.min(100, measured) : measured),
					null);
		}
	}

	/** An indicator as written, for its measurements. */
	private record Measured(long id, double baseline, LocalDate baselineDate, double target, LocalDate targetDate,
			boolean percent) {
	}

	/** The kinds of funder, in the order of {@link FunderKind}. */
	private static final double[] FUNDER_KINDS = { 5, 25, 35, 25, 10 };

	private static final List<String> FOUNDATIONS = List.of("Realdania", "Lokale og Anlægsfonden", "Velux Fonden",
			"Nordea-fonden", "A.P. Møller Fonden", "Det Obelske Familiefond");

	private static final List<String> OTHER_FUNDERS = List.of("Lokale erhvervsdrivende", "Beboerforeningen",
			"Energiselskabets pulje", "Forsyningens klimapulje");

	/**
	 * The funding lines of projects that got as far as a project group, and of a few ideas: running and later projects
	 * mostly with money granted or pledged, earlier ones mostly applied for or rejected. A decision has a day after the
	 * application, except for one granted line in ten, as when the day is not known. Drawn from a random of their own.
	 */
	void funding() {
		var table = bulk.table("funding_line", "id", "project_id", "funder_partner_id", "funder_name", "status",
				"amount", "applied_on", "decided_on", "funder_kind");
		var ids = bulk.ids("funding_line_seq");
		var foundations = directory.partnersByKind.getOrDefault(PartnerKind.FOUNDATION, List.of());
		var kinds = FunderKind.values();
		var today = LocalDate.ofInstant(now, DANISH_TIME);
		for (var plan : plans) {
			boolean ran = plan.reached(Stage.RUNNING);
			int lines = ran ? 1 + measuring.nextInt(3)
					: plan.reached(Stage.PROJECT_GROUP) ? measuring.nextInt(3) : measuring.nextInt(4) == 0 ? 1 : 0;
			for (int k = 0; k < lines; k++) {
				var kind = kinds[draw(measuring, FUNDER_KINDS)];
				Long partnerId = null;
				String name = switch (kind) {
					case ASSOCIATION -> "Spirekassen";
					case PUBLIC -> measuring.nextInt(5) < 3 ? "Landsbyggefonden"
							: directory.municipality(plan.department().municipalityCode()).getName() + " Kommune";
					case HOUSING -> "Egne midler";
					case FOUNDATION -> null;
					case OTHER -> OTHER_FUNDERS.get(measuring.nextInt(OTHER_FUNDERS.size()));
				};
				if (kind == FunderKind.FOUNDATION) {
					if (!foundations.isEmpty() && measuring.nextBoolean()) {
						partnerId = foundations.get(measuring.nextInt(foundations.size())).id();
					}
					else {
						name = FOUNDATIONS.get(measuring.nextInt(FOUNDATIONS.size()));
					}
				}
				var status = ran ? STATUSES[draw(measuring, RAN_STATUSES)] : STATUSES[draw(measuring, EARLY_STATUSES)];
				var appliedOn = LocalDate.ofInstant(plan.created(), DANISH_TIME)
					.plusDays(measuring.nextInt((int) Math.max(1,
							ChronoUnit.DAYS.between(plan.created(), plan.updated()) + 1)));
				LocalDate decidedOn = null;
				if (!"APPLIED".equals(status) && !("GRANTED".equals(status) && measuring.nextInt(10) == 0)) {
					var day = appliedOn.plusDays(30 + measuring.nextInt(90));
					decidedOn = day.isAfter(today) ? today : day;
				}
				long amount = 5_000L * (4 + measuring.nextInt(kind == FunderKind.HOUSING ? 40 : 160));
				table.add(ids.next(), plan.id(), partnerId, name, status, amount, appliedOn, decidedOn, kind);
			}
		}
	}

	private static final String[] STATUSES = { "APPLIED", "PLEDGED", "GRANTED", "REJECTED" };

	private static final double[] RAN_STATUSES = { 10, 20, 60, 10 };

	private static final double[] EARLY_STATUSES = { 50, 20, 10, 20 };

	void files(int count) {
		var texts = bulk.table("project_file_text", "id", "text");
		var textIds = bulk.ids("project_file_text_seq");
		var table = bulk.table("project_file", "id", "project_id", "file_name", "content_type", "size_bytes",
				"storage_key", "public_result", "title", "uploaded_by", "uploaded_at", "text_id").after(texts);
		var ids = bulk.ids("project_file_seq");
		var weights = weights(Map.of(Stage.IDEA, 0.2, Stage.PROJECT_GROUP, 0.3, Stage.RUNNING, 2.0, Stage.COMPLETED,
				6.0, Stage.ANCHORED, 6.0, Stage.PAUSED, 0.5, Stage.STOPPED, 0.3));
		int[] shares = NationalScale.spread(count, NationalScale.jitter(random, weights), 0);
		var kinds = NationalFiles.Kind.values();
		double[] kindShares = { 40, 25, 20, 15 };
		for (int i = 0; i < plans.size(); i++) {
			var plan = plans.get(i);
			boolean finished = plan.reached(Stage.COMPLETED);
			for (int k = 0; k < shares[i]; k++) {
				var file = NationalFiles.make(random, kinds[draw(kindShares)], plan.title(), plan.theme().getName());
				var key = storage.apply(file.content());
				Long textId = null;
				if (file.text() != null && !file.text().isBlank()) {
					textId = textIds.next();
					texts.add(textId, file.text());
				}
				table.add(ids.next(), plan.id(), file.fileName(), file.kind().contentType, (long) file.content().length,
						key, finished && random.nextInt(10) < 8, file.title(),
						plan.lead() ? plan.owner().accountId() : null, between(plan.created(), plan.updated()),
						textId);
			}
		}
	}

	/** A weight per project by its stage. */
	private double[] weights(Map<Stage, Double> byStage) {
		var stages = new EnumMap<>(byStage);
		return plans.stream().mapToDouble(plan -> stages.get(plan.stage())).toArray();
	}

	private Organisation owner() {
		return directory.housing.get(draw(ownerWeights));
	}

	/** An index drawn with the given weights. */
	private int draw(double[] weights) {
		return draw(random, weights);
	}

	private static int draw(Random random, double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double at = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			at -= weights[i];
			if (at < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private Instant between(Instant from, Instant to) {
		long seconds = Math.max(1, Duration.between(from, to).toSeconds());
		return from.plusSeconds((long) (random.nextDouble() * seconds));
	}

	private static BigDecimal value(double value) {
		var decimal = BigDecimal.valueOf(value);
		return Math.abs(value) >= 100 ? decimal.setScale(0, RoundingMode.HALF_UP) : decimal.setScale(1, RoundingMode.HALF_UP);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
	}
}
