package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import dk.spirekassen.shared.SearchFields;

/**
 * An organisation, partner or person (an account) taking part in a project, with its role.
 */
@Entity
@Table(name = "project_participant")
class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_participant_seq")
	@SequenceGenerator(name = "project_participant_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	private ProjectRole role;

	private Long organisationId;

	private Long partnerId;

	private Long accountId;

	private String personName;

	private Instant createdAt;

	protected Participant() {
	}

	Participant(Project project, ProjectRole role, Long organisationId, Long partnerId, Long accountId) {
		this.project = project;
		this.role = role;
		this.organisationId = organisationId;
		this.partnerId = partnerId;
		this.accountId = accountId;
		this.createdAt = Instant.now();
	}

	Participant(Project project, ProjectRole role, String personName) {
		this.project = project;
		this.role = role;
		this.personName = personName.strip();
		this.createdAt = Instant.now();
	}

	boolean is(Long organisationId, Long partnerId, Long accountId) {
		return Objects.equals(this.organisationId, organisationId)
				&& Objects.equals(this.partnerId, partnerId)
				&& Objects.equals(this.accountId, accountId);
	}

	boolean includes(Viewer viewer) {
		return viewer.signedIn() && (viewer.accountId().equals(accountId)
				|| (organisationId != null && organisationId.equals(viewer.organisationId()))
				|| (partnerId != null && partnerId.equals(viewer.partnerId())));
	}

	/** The reader keys of the search index under which this participant finds the project. */
	Set<String> readerKeys() {
		var keys = new HashSet<String>();
		if (accountId != null) {
			keys.add(SearchFields.account(accountId));
		}
		if (organisationId != null) {
			keys.add(SearchFields.organisation(organisationId));
		}
		if (partnerId != null) {
			keys.add(SearchFields.partner(partnerId));
		}
		return keys;
	}

	public Long getId() {
		return id;
	}

	public ProjectRole getRole() {
		return role;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getPartnerId() {
		return partnerId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getPersonName() {
		return personName;
	}
}
