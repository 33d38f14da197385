package io.mandi.account;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccountMapper {

  UserAccount findUser(String username);

  int updateBuyerRegistration(
      @org.apache.ibatis.annotations.Param("buyerId") long buyerId,
      @org.apache.ibatis.annotations.Param("gstin") String gstin,
      @org.apache.ibatis.annotations.Param("address") String address,
      @org.apache.ibatis.annotations.Param("pinCode") String pinCode);

  /**
   * Operations staff when sellerId is null (only supervisors if asked), else the seller's people;
   * enabled ones only.
   */
  java.util.List<UserAccount> findGroupMembers(
      @org.apache.ibatis.annotations.Param("sellerId") Long sellerId,
      @org.apache.ibatis.annotations.Param("supervisorsOnly") boolean supervisorsOnly);

  int updateSupervisor(
      @org.apache.ibatis.annotations.Param("username") String username,
      @org.apache.ibatis.annotations.Param("supervisor") boolean supervisor);

  Buyer findBuyer(long buyerId);

  List<Buyer> searchBuyers(
      @Param("text") String text, @Param("offset") long offset, @Param("limit") int limit);

  void insertBuyer(BuyerDraft buyer);

  void updateCreditLimit(@Param("buyerId") long buyerId, @Param("limit") BigDecimal limit);

  void insertUser(UserAccount user);
}
