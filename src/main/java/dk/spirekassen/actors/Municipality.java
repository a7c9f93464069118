package dk.spirekassen.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * One of the 98 Danish municipalities; reference data from a migration, never changed by the application.
 */
@Entity
public class Municipality {

	@Id
	private Integer code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	protected Municipality() {
	}

	public Integer getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Region getRegion() {
		return region;
	}
}
