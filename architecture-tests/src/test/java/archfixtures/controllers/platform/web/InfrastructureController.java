package archfixtures.controllers.platform.web;

import org.springframework.stereotype.Controller;

/** Innocent: infrastructure packages are exempt. */
@Controller
public class InfrastructureController {
}
