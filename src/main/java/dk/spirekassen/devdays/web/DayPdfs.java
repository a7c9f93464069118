package dk.spirekassen.devdays.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.DayViews.RegistrationRow;
import dk.spirekassen.shared.Times;

/**
 * Printable PDFs for the door of a development day: the check-in list with a box to tick per person, and name
 * badges, eight to an A4 page. Text is set in Helvetica with the Windows-1252 encoding, which holds the Danish
 * letters, so no font needs embedding. A PDF is written to the response as its pages are finished.
 */
@Component
class DayPdfs {

	private static final float BADGE_HEIGHT = 190;

	/**
	 * A table is written out each time this many more rows are added to it, so that the rows already on finished
	 * pages are let go: a list of 1,000 people holds a few pages of cells, not a thousand rows.
	 */
	private static final int ROWS_AT_A_TIME = 40;

	private final MessageSource messages;

	DayPdfs(MessageSource messages) {
		this.messages = messages;
	}

	/** The confirmed as a table to tick off by hand: a box, name, organisation and participant type. */
	void checkInList(DayView day, List<RegistrationRow> confirmed, Locale locale, OutputStream out) {
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		open(document, out);
		document.add(new Paragraph(day.row().title(), font(BaseFont.HELVETICA_BOLD, 16)));
		document.add(new Paragraph(when(day, locale) + ", " + day.row().venue() + " · "
				+ t("checkin.count", locale, 0, confirmed.size()), font(BaseFont.HELVETICA, 10)));
		var table = new PdfPTable(new float[] { 4, 30, 30, 22 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		table.setHeaderRows(1);
		table.setComplete(false);
		var bold = font(BaseFont.HELVETICA_BOLD, 10);
		for (var key : List.of("checkin.present", "registration.field.name", "registration.field.organisationName",
				"participants.type")) {
			var cell = new PdfPCell(new Phrase(t(key, locale), bold));
			cell.setPadding(5);
			table.addCell(cell);
		}
		var normal = font(BaseFont.HELVETICA, 10);
		int rows = 0;
		for (var r : confirmed) {
			table.addCell(tickBox());
			table.addCell(padded(new Phrase(text(r.name()), normal)));
			table.addCell(padded(new Phrase(text(r.organisation()), normal)));
			table.addCell(padded(new Phrase(type(r, locale), normal)));
			if (++rows % ROWS_AT_A_TIME == 0) {
				document.add(table);
				// The rest of the table follows on straight after the rows written so far.
				table.setSpacingBefore(0);
			}
		}
		table.setComplete(true);
		document.add(table);
		document.close();
	}

	/** A badge per confirmed participant: name, organisation and participant type, two across and four down. */
	void badges(DayView day, List<RegistrationRow> confirmed, Locale locale, OutputStream out) {
		var document = new Document(PageSize.A4, 30, 30, 30, 30);
		open(document, out);
		if (confirmed.isEmpty()) {
			document.add(new Paragraph(t("participants.none", locale), font(BaseFont.HELVETICA, 12)));
			document.close();
			return;
		}
		var table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setComplete(false);
		int badges = 0;
		for (var r : confirmed) {
			var cell = new PdfPCell();
			cell.setFixedHeight(BADGE_HEIGHT);
			cell.setPadding(14);
			cell.setBorderWidth(0.5f);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			cell.addElement(centred(text(r.name()), font(BaseFont.HELVETICA_BOLD, 20)));
			cell.addElement(centred(text(r.organisation()), font(BaseFont.HELVETICA, 13)));
			cell.addElement(centred(type(r, locale), font(BaseFont.HELVETICA_OBLIQUE, 11)));
			cell.addElement(centred(day.row().title(), font(BaseFont.HELVETICA, 8)));
			table.addCell(cell);
			if (++badges % ROWS_AT_A_TIME == 0) {
				document.add(table);
			}
		}
		table.completeRow();
		table.setComplete(true);
		document.add(table);
		document.close();
	}

	/**
	 * Opens a document that writes each page to the stream as it is finished, leaving the stream open for the
	 * response to finish.
	 */
	private static void open(Document document, OutputStream out) {
		PdfWriter.getInstance(document, out).setCloseStream(false);
		document.open();
	}

	private static Paragraph centred(String text, Font font) {
		var paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	private static PdfPCell tickBox() {
		var box = new PdfPCell(new Phrase(" "));
		box.setFixedHeight(18);
		box.setBorder(Rectangle.BOX);
		box.setBorderWidth(1);
		return box;
	}

	private static PdfPCell padded(Phrase phrase) {
		var cell = new PdfPCell(phrase);
		cell.setPadding(5);
		return cell;
	}

	private String type(RegistrationRow r, Locale locale) {
		return r.participantType() == null ? "" : t("ParticipantType." + r.participantType().name(), locale);
	}

	private String when(DayView day, Locale locale) {
		return Times.of(locale).span(day.row().startsAt(), day.row().endsAt());
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static Font font(String name, float size) {
		try {
			return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
