package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.spirekassen.actors.PartnerKind;

/**
 * What project pages and the API show, read in one transaction and free of the entities.
 */
public final class ProjectViews {

	private ProjectViews() {
	}

	/** A project in a list. */
	public record ProjectRow(long id, String title, String summary, Stage stage, Visibility visibility,
			Long ownerId, String ownerName, List<String> themes, long openNeeds, Set<BottomLine> bottomLines) {
	}

	/**
	 * A project's whole page: the row, its parts, what the viewer may do, and the development day it came from
	 * (if any).
	 */
	public record ProjectView(ProjectRow row, String descriptionHtml, String resultsHtml, String lessonsHtml,
			List<String> municipalities, List<String> departments, List<ParticipantView> participants,
			List<NeedView> needs, FundingView funding, List<IndicatorView> indicators,
			List<BottomLineSummary> bottomLines, List<TransitionView> history, List<FileView> files,
			long followers, boolean following, Permissions can, Set<Stage> nextStages, Instant updatedAt,
			Long originDayId, String originTitle, Long proposedOwnerId, String proposedOwnerName) {

		/**
		 * The sections of the page worth a link in its "På denne side" list, in page order: those with something to
		 * show, and for whoever edits the project also those where they add it. The history is always there; the
		 * similar projects when {@code similar} are shown.
		 */
		public List<PageSection> contents(boolean similar) {
			boolean edit = can.edit();
			var sections = new java.util.ArrayList<PageSection>();
			if (!descriptionHtml.isEmpty()) {
				sections.add(new PageSection("beskrivelse", "project.field.description"));
			}
			if (!participants.isEmpty() || edit) {
				sections.add(new PageSection("deltagere", "project.participants"));
			}
			if (!needs.isEmpty() || edit) {
				sections.add(new PageSection("behov", "project.needs"));
			}
			if (funding.budget() != null || !funding.lines().isEmpty() || edit) {
				sections.add(new PageSection("finansiering", "project.funding"));
			}
			if (!indicators.isEmpty() || edit) {
				sections.add(new PageSection("vaerdi", "project.indicators"));
			}
			if (!resultsHtml.isEmpty() || !lessonsHtml.isEmpty() || edit) {
				sections.add(new PageSection("resultater", "project.results"));
			}
			if (!files.isEmpty()) {
				sections.add(new PageSection("filer", "project.toolbox"));
			}
			if (similar) {
				sections.add(new PageSection("lignende", "project.similar"));
			}
			sections.add(new PageSection("historik", "project.history"));
			return sections;
		}
	}

	/** A section of a project's page: its anchor and the message key of its heading. */
	public record PageSection(String anchor, String label) {
	}

	/** A project as the forms of its parts show it: its id, title and what the viewer may do. */
	public record ProjectHeading(long id, String title, Stage stage, Permissions can) {
	}

	/**
	 * What the viewer may do on a project's page: follow it, edit it, move it to another stage, decide on offers,
	 * offer to meet a need, appoint its lead, accept or decline being its owner, write updates on it (its lead and
	 * the owner's staff), and whether the viewer takes part in it.
	 */
	public record Permissions(boolean follow, boolean edit, boolean move, boolean decideOffers, boolean offer,
			boolean appointLead, boolean decideOwnership, boolean postUpdates, boolean takesPart) {
	}

	/** A person with a login who may be added to a project, by name only. */
	public record Candidate(long accountId, String name) {
	}

	/** An organisation, partner or person in a project. */
	public record ParticipantView(long id, ProjectRole role, ParticipantKind kind, String name, String link) {
	}

	/** A project like the one shown, with the people, organisations and partners who worked on it. */
	public record SimilarProject(ProjectRow row, List<ParticipantView> participants) {
	}

	/** A need with the offers the viewer may see. */
	public record NeedView(long id, NeedKind kind, PartnerKind partnerKind, Long amount, String description,
			NeedStatus status, List<OfferView> offers) {

		/** The partner's newest offer that was not declined (it may offer again after that), or null. */
		public OfferView offerBy(Long partnerId) {
			OfferView found = null;
			for (var offer : offers) {
				if (partnerId != null && offer.partnerId() == partnerId && offer.status() != OfferStatus.DECLINED
						&& (found == null || offer.createdAt().isAfter(found.createdAt()))) {
					found = offer;
				}
			}
			return found;
		}
	}

	/** An offer to meet a need. */
	public record OfferView(long id, long partnerId, String partnerName, String message, OfferStatus status,
			Instant createdAt) {
	}

	/**
	 * The budget and funding lines. {@code committed} sums pledged and granted lines, {@code applied} the lines
	 * awaiting an answer; {@code share} is committed money as a share of the budget, {@code null} without one.
	 */
	public record FundingView(Long budget, List<FundingLineView> lines, long committed, long applied, Double share) {
	}

	/**
	 * A funding line with its funder's name and a link when the funder is in the directory; a grant of the seed fund
	 * carries its application, and only the fund changes it.
	 */
	public record FundingLineView(long id, String funder, String funderLink, FundingStatus status, long amount,
			LocalDate appliedOn, LocalDate decidedOn, Long seedApplicationId) {
	}

	/** An indicator with its measurements, its chart and how far it has come towards its target. */
	public record IndicatorView(long id, BottomLine bottomLine, String name, String unit, BigDecimal baselineValue,
			LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Set<Integer> sdgs,
			List<MeasurementView> measurements, IndicatorChart chart, Double progress, String definitionCode) {

		/**
		 * The baseline and the measurements in date order (the baseline first on its own day), as the table lists
		 * them; the target is not among them, as it is a goal, not a value measured.
		 */
		public List<MeasurementView> readings() {
			var readings = new java.util.ArrayList<MeasurementView>();
			readings.add(new MeasurementView(baselineDate, baselineValue, null, true));
			readings.addAll(measurements);
			readings.sort(java.util.Comparator.comparing(MeasurementView::measuredOn));
			return readings;
		}

		/** The latest measurement (they are in date order), or null before anything was measured. */
		public MeasurementView latest() {
			return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
		}
	}

	/** One measured value, or the baseline. */
	public record MeasurementView(LocalDate measuredOn, BigDecimal value, String note, boolean baseline) {

		public MeasurementView(LocalDate measuredOn, BigDecimal value, String note) {
			this(measuredOn, value, note, false);
		}
	}

	/** One bottom line at a glance: how many indicators it has and their average progress towards target. */
	public record BottomLineSummary(BottomLine bottomLine, int indicators, Double progress) {
	}

	/** One step of the history. */
	public record TransitionView(Stage from, Stage to, String actor, String comment, Instant at) {
	}

	/** A file in the toolbox. */
	public record FileView(long id, String title, String fileName, String contentType, long sizeBytes,
			boolean publicResult, Instant uploadedAt) {
	}

	/** An open need in the list across projects. */
	public record OpenNeedRow(long needId, NeedKind kind, PartnerKind partnerKind, Long amount, String description,
			long projectId, String projectTitle, Stage stage, List<String> themes) {
	}

}
