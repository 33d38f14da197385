package io.mandi.account;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AccountMapper {

  UserAccount findUser(String username);

  Buyer findBuyer(long buyerId);

  void insertBuyer(BuyerDraft buyer);

  void insertUser(UserAccount user);
}
