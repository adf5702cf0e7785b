package com.gridwork.talkday;

public enum TalkDayStatus { PLANNED, HELD, CANCELLED }
