package dk.spirekassen.joining.web;

import org.springframework.ui.Model;

/** The page that tells someone who applied or asked to join where they stand: a heading and a text, by their keys. */
final class MessagePage {

	private MessagePage() {
	}

	static String show(String title, String text, Model model) {
		model.addAttribute("title", title);
		model.addAttribute("text", text);
		return "joining/message";
	}
}
