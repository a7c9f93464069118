package dk.spirekassen.news;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;

interface NewsPosts extends JpaRepository<NewsPost, Long> {

	/** The secretariat's news with one of the visibilities, newest first. */
	@Query("select p from NewsPost p where p.projectId is null and p.visibility in ?1"
			+ " order by p.publishedAt desc, p.id desc")
	Page<NewsPost> news(Collection<NewsVisibility> visibilities, Pageable pageable);

	/** A project's updates with one of the visibilities, newest first. */
	@Query("select p from NewsPost p where p.projectId = ?1 and p.visibility in ?2"
			+ " order by p.publishedAt desc, p.id desc")
	Page<NewsPost> updates(long projectId, Collection<NewsVisibility> visibilities, Pageable pageable);
}
