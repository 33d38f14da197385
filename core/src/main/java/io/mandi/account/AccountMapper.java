package io.mandi.account;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AccountMapper {

  UserAccount findUser(String username);

  Buyer findBuyer(long buyerId);

  List<Buyer> findBuyers();

  void insertBuyer(BuyerDraft buyer);

  void insertUser(UserAccount user);
}
