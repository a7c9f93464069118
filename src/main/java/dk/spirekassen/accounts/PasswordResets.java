package dk.spirekassen.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface PasswordResets extends JpaRepository<PasswordReset, Long> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	/** Marks a reset used if nobody has yet; the row's own lock decides between two uses at once. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordReset r set r.usedAt = :now where r.id = :id and r.usedAt is null")
	int use(long id, Instant now);

	/** Marks every open reset (and invitation) link of an account used. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
	int useAll(long accountId, Instant now);

	/** Deletes every reset (and invitation) link of an account. */
	@Modifying(flushAutomatically = true)
	@Query("delete from PasswordReset r where r.accountId = :accountId")
	int deleteByAccountId(long accountId);
}
