package dk.spirekassen.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a project measures its value on one bottom line: a baseline, a target, and measurements over time.
 */
@Entity
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
	@SequenceGenerator(name = "indicator_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	private BottomLine bottomLine;

	private String name;

	private String unit;

	private BigDecimal baselineValue;

	private LocalDate baselineDate;

	private BigDecimal targetValue;

	private LocalDate targetDate;

	private String sdgs;

	private String definitionCode;

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("measuredOn, id")
	private List<Measurement> measurements = new ArrayList<>();

	protected Indicator() {
	}

	Indicator(Project project, IndicatorDetails details) {
		this.project = project;
		update(details);
	}

	void update(IndicatorDetails details) {
		this.bottomLine = details.bottomLine();
		this.name = details.name().strip();
		this.unit = details.unit().strip();
		this.baselineValue = details.baselineValue();
		this.baselineDate = details.baselineDate();
		this.targetValue = details.targetValue();
		this.targetDate = details.targetDate();
		this.sdgs = details.sdgs().isEmpty() ? null
				: details.sdgs().stream().map(String::valueOf).collect(Collectors.joining(","));
		this.definitionCode = details.definitionCode();
	}

	Measurement measure(LocalDate on, BigDecimal value, String note) {
		var measurement = new Measurement(this, on, value, note);
		measurements.add(measurement);
		measurements.sort(java.util.Comparator.comparing(Measurement::getMeasuredOn));
		return measurement;
	}

	public IndicatorDetails details() {
		return new IndicatorDetails(bottomLine, name, unit, baselineValue, baselineDate, targetValue, targetDate,
				getSdgs(), definitionCode);
	}

	public Long getId() {
		return id;
	}

	public BottomLine getBottomLine() {
		return bottomLine;
	}

	public String getName() {
		return name;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public LocalDate getBaselineDate() {
		return baselineDate;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public LocalDate getTargetDate() {
		return targetDate;
	}

	public Set<Integer> getSdgs() {
		if (sdgs == null) {
			return Set.of();
		}
		return Arrays.stream(sdgs.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
	}

	public String getDefinitionCode() {
		return definitionCode;
	}

	public List<Measurement> getMeasurements() {
		return List.copyOf(measurements);
	}
}
