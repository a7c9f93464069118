package dk.spirekassen.news;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The images of posts, one row each, read only when an image is shown. */
@Repository
class NewsImages {

	private final JdbcClient jdbc;

	NewsImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(long postId, byte[] content) {
		remove(postId);
		jdbc.sql("insert into news_image (post_id, content) values (?, ?)").params(postId, content).update();
	}

	void remove(long postId) {
		jdbc.sql("delete from news_image where post_id = ?").param(postId).update();
	}

	Optional<byte[]> content(long postId) {
		return jdbc.sql("select content from news_image where post_id = ?")
			.param(postId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}
}
