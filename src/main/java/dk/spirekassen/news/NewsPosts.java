package dk.spirekassen.news;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface NewsPosts extends JpaRepository<NewsPost, Long> {

	/** The secretariat's news with one of the visibilities, newest first. */
	@Query("select p from NewsPost p where p.projectId is null and p.visibility in ?1"
			+ " order by p.publishedAt desc, p.id desc")
	Page<NewsPost> news(Collection<NewsVisibility> visibilities, Pageable pageable);

	/** A project's updates with one of the visibilities, newest first. */
	@Query("select p from NewsPost p where p.projectId = ?1 and p.visibility in ?2"
			+ " order by p.publishedAt desc, p.id desc")
	Page<NewsPost> updates(long projectId, Collection<NewsVisibility> visibilities, Pageable pageable);

	/** The newest of the secretariat's news, without counting them all (the front page, the feed). */
	@Query("select p from NewsPost p where p.projectId is null and p.visibility in ?1"
			+ " order by p.publishedAt desc, p.id desc")
	List<NewsPost> newestNews(Collection<NewsVisibility> visibilities, Limit limit);

	/** A project's newest updates, without counting them all (the project page). */
	@Query("select p from NewsPost p where p.projectId = ?1 and p.visibility in ?2"
			+ " order by p.publishedAt desc, p.id desc")
	List<NewsPost> newestUpdates(long projectId, Collection<NewsVisibility> visibilities, Limit limit);
}
