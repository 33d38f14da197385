package io.mandi.account;

import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccountMapper {

  UserAccount findUser(String username);

  Buyer findBuyer(long buyerId);

  void insertBuyer(BuyerDraft buyer);

  void updateCreditLimit(@Param("buyerId") long buyerId, @Param("limit") BigDecimal limit);

  void insertUser(UserAccount user);
}
