package archfixtures.controllers.shop.adapter.out.persistence;

import org.springframework.web.bind.annotation.RestController;

/** Planted: the wrong adapter. */
@RestController
public class ControllerInThePersistenceAdapter {
}
