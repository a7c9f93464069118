package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;
import java.util.Set;

import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * An idea captured during or after a development day, by staff or by a participant; it may become part of a
 * project group.
 */
@Entity
@Indexed
public class DayIdea {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_idea_seq")
	@SequenceGenerator(name = "day_idea_seq", allocationSize = 50)
	private Long id;

	@GenericField(name = SearchFields.DAY, projectable = Projectable.YES)
	private long dayId;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String description;

	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES)
	private Long themeId;

	private String proposerName;

	private Long proposerRegistrationId;

	private Long groupId;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant createdAt;

	protected DayIdea() {
	}

	DayIdea(long dayId, String title, String description, Long themeId, String proposerName,
			Long proposerRegistrationId) {
		this.dayId = dayId;
		this.title = title.strip();
		this.description = DevelopmentDay.blankToNull(description);
		this.themeId = themeId;
		this.proposerName = proposerName.strip();
		this.proposerRegistrationId = proposerRegistrationId;
		this.createdAt = Instant.now();
	}

	void joinGroup(long groupId) {
		if (this.groupId != null) {
			throw new RegistrationRefusedException("ideaIds", "group.error.ideaTaken", title);
		}
		this.groupId = groupId;
	}

	public Long getId() {
		return id;
	}

	public long getDayId() {
		return dayId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Long getThemeId() {
		return themeId;
	}

	public String getProposerName() {
		return proposerName;
	}

	public Long getGroupId() {
		return groupId;
	}

	// --- the search index (see shared.SearchFields): an idea is found by its own title and text, never by
	// the names of the people behind it, and only by the secretariat, who alone see it (on the day's ideas page)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.IDEA;
	}

	/** No reader key: the secretariat finds it without one, and nobody else sees it. */
	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of();
	}
}
