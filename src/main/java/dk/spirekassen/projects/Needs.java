package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * Reads needs across projects, a page at a time, for the open-needs list. Needs change only through their project.
 */
interface Needs extends Repository<Need, Long>, JpaSpecificationExecutor<Need> {

	List<Need> findAllById(Iterable<Long> ids);
}
