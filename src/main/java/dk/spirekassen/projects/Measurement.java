package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of an indicator, measured on a day.
 */
@Entity
class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurement_seq")
	@SequenceGenerator(name = "measurement_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private LocalDate measuredOn;

	private BigDecimal measured;

	private String note;

	protected Measurement() {
	}

	Measurement(Indicator indicator, LocalDate measuredOn, BigDecimal measured, String note) {
		this.indicator = indicator;
		this.measuredOn = measuredOn;
		this.measured = measured;
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	public Long getId() {
		return id;
	}

	public LocalDate getMeasuredOn() {
		return measuredOn;
	}

	public BigDecimal getMeasured() {
		return measured;
	}

	public String getNote() {
		return note;
	}
}
