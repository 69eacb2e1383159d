package archfixtures.controllers.shop.application;

import org.springframework.web.bind.annotation.RestController;

/** Planted: a REST controller in the application layer. */
@RestController
public class ControllerInTheApplication {
}
