package dk.spirekassen.projects;

import java.util.Optional;

/**
 * Where the bytes of uploaded files live, so that any node can serve them. The default keeps them in the
 * database; an object store can take its place by providing another bean.
 */
public interface FileStorage {

	/** Stores the content and returns the key to load it by. */
	String store(byte[] content);

	Optional<byte[]> load(String key);

	void delete(String key);
}
