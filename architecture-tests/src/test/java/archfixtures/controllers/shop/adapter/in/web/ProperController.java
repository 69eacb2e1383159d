package archfixtures.controllers.shop.adapter.in.web;

import org.springframework.web.bind.annotation.RestController;

/** Innocent. */
@RestController
public class ProperController {
}
