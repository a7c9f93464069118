package dk.spirekassen.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.Locale;

/**
 * A theme partners and projects work on, from a list the secretariat edits.
 */
@Entity
public class Theme {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String name;

	private String nameEn;

	@Version
	private long version;

	protected Theme() {
	}

	Theme(String name, String nameEn) {
		rename(name, nameEn);
	}

	void rename(String name, String nameEn) {
		this.name = name.strip();
		this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	/** The theme's name in the given locale, falling back to Danish. */
	public String getName(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
	}
}
