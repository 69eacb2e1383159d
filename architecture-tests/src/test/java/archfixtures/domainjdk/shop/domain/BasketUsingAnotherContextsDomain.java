package archfixtures.domainjdk.shop.domain;

import archfixtures.domainjdk.other.domain.Parcel;

/** Planted: the domain uses another context's domain. */
public class BasketUsingAnotherContextsDomain {

    Parcel parcel;
}
