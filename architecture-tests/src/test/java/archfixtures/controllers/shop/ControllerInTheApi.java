package archfixtures.controllers.shop;

import org.springframework.stereotype.Controller;

/** Planted: an MVC controller in the public API. */
@Controller
public class ControllerInTheApi {
}
