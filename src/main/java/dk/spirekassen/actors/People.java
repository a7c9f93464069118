package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface People extends JpaRepository<Person, Long> {

	List<Person> findByOrganisation_IdOrderByName(Long organisationId);

	List<Person> findByPartner_IdOrderByName(Long partnerId);

	List<Person> findByAssociationRoleIsNotNullOrderByName();
}
