package archfixtures.application.shop.application;

import org.springframework.web.multipart.MultipartFile;

/** Planted: a Spring Web type. */
public class PlaceOrderFromAnUpload {

    void place(MultipartFile upload) {
    }
}
