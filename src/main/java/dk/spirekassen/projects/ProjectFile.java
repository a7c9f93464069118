package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A file in a project's toolbox. Its bytes live in the {@link FileStorage} under {@code storageKey}; a public
 * result may be downloaded by anyone, other files follow the project's visibility.
 */
@Entity
class ProjectFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_file_seq")
	@SequenceGenerator(name = "project_file_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String storageKey;

	private boolean publicResult;

	private String title;

	private Long uploadedBy;

	private Instant uploadedAt;

	protected ProjectFile() {
	}

	ProjectFile(Project project, String title, String fileName, String contentType, long sizeBytes,
			String storageKey, boolean publicResult, Long uploadedBy) {
		this.project = project;
		var printable = title == null ? null : title.replaceAll("\\p{Cntrl}", "");
		this.title = printable == null || printable.isBlank() ? null : printable.strip();
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.publicResult = publicResult;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	Project getProject() {
		return project;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	String getStorageKey() {
		return storageKey;
	}

	public boolean isPublicResult() {
		return publicResult;
	}

	public String getTitle() {
		return title == null ? fileName : title;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
