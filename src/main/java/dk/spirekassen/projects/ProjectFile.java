package dk.spirekassen.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.actors.RegionOfMunicipality;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A file in a project's toolbox. Its bytes live in the {@link FileStorage} under {@code storageKey}; a public
 * result may be downloaded by anyone, other files follow the project's visibility. Its text, read once on upload
 * ({@link FileText}), makes it searchable.
 */
@Entity
@Indexed
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

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant uploadedAt;

	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "text_id")
	private ExtractedText text;

	protected ProjectFile() {
	}

	ProjectFile(Project project, String title, String fileName, String contentType, long sizeBytes,
			String storageKey, boolean publicResult, Long uploadedBy, String text) {
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
		this.text = text == null ? null : new ExtractedText(text);
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

	/** Whether the file's text was never read (it was stored before texts were read on upload). */
	boolean textUnread() {
		return text == null;
	}

	/** Keeps the text read from a file stored before texts were read on upload; empty when it has none. */
	void textRead(String read) {
		if (text == null) {
			text = new ExtractedText(read == null ? "" : read);
		}
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

	/**
	 * The text read from the file, up to {@link FileText#LIMIT} characters, or null when it has none. Read from the
	 * database on first use; it never changes.
	 */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")),
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	String getSearchText() {
		return text == null ? null : text.getText();
	}

	// --- the search index (see shared.SearchFields): a file is found by its title and its text, by those who may
	// download it (ProjectManagement.download): whoever may see the project, and everyone for a public result

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.FILE;
	}

	@GenericField(name = SearchFields.PROJECT, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "project")))
	Long getSearchProject() {
		return project.getId();
	}

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "fileName")) })
	String getSearchTitle() {
		return getTitle();
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "publicResult")),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "visibility") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"),
					@PropertyValue(propertyName = "proposedByAccountId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"),
					@PropertyValue(propertyName = "proposedOwnerOrganisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "accountId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "organisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "partnerId") }) })
	Set<String> getReaders() {
		var readers = new TreeSet<>(project.getReaders());
		if (publicResult) {
			readers.add(SearchFields.PUBLIC_READER);
		}
		return readers;
	}

	@KeywordField(name = SearchFields.STAGE, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "stage") }))
	Stage getSearchStage() {
		return project.getStage();
	}

	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "themeIds") }))
	Set<Long> getSearchThemes() {
		return project.getThemeIds();
	}

	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES,
			valueBridge = @ValueBridgeRef(type = RegionOfMunicipality.class))
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "municipalityCodes") }))
	Set<Integer> getSearchMunicipalities() {
		return project.getMunicipalityCodes();
	}
}
