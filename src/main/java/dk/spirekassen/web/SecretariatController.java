package dk.spirekassen.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The secretariat's start page: links to the tasks only the secretariat does.
 */
@Controller
class SecretariatController {

	@GetMapping("/sekretariat")
	String index() {
		return "web/secretariat";
	}
}
