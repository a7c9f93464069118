package dk.spirekassen.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A file sent with an email, as kept in the outbox.
 */
@Entity
public class OutgoingMailAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_attachment_seq")
	@SequenceGenerator(name = "outgoing_mail_attachment_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "mail_id")
	private OutgoingMail mail;

	private String name;

	private String contentType;

	private byte[] content;

	protected OutgoingMailAttachment() {
	}

	OutgoingMailAttachment(OutgoingMail mail, Attachment attachment) {
		this.mail = mail;
		this.name = attachment.name();
		this.contentType = attachment.contentType();
		this.content = attachment.content();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getContentType() {
		return contentType;
	}

	public byte[] getContent() {
		return content.clone();
	}

	public int getSize() {
		return content.length;
	}
}
