-- The default performance scheme (I1) the service ships: in force until an ADMIN publishes another version.
INSERT INTO scheme_version (version_id, effective_from, content, published_by, published_at) VALUES (
  'default-v1', DATE '2000-01-01', '{
    "versionId": "default-v1",
    "name": "默认绩效考核方案（质量是前提，数量是基础）",
    "effectiveFrom": "2000-01-01",
    "coHandlerShare": 0.3,
    "rotationShortfallPeriods": ["YEAR"],
    "terms": [
      {"indicator": "CASE_KIND", "description": "每件案卷按案件类型计基础分",
       "values": {"ADMINISTRATIVE_PENALTY": 10, "ADMINISTRATIVE_COMPULSION": 8, "ADMINISTRATIVE_LICENSING": 6, "OTHER": 4}},
      {"indicator": "GRADE", "description": "按最终考评等次乘以质量系数",
       "values": {"EXCELLENT": 1.2, "PASS": 1.0, "FAIL": 0.4}},
      {"indicator": "VETO", "description": "一票否决的案卷不得分", "value": 0},
      {"indicator": "PROCESS_PENALTIES", "description": "程序扣分（超期送评、不送评、未经初评）按 1 倍扣减", "value": 1},
      {"indicator": "TEN_BEST", "description": "评为十佳案卷另加分", "value": 5}
    ]
  }'::jsonb, 'system', TIMESTAMPTZ '2000-01-01T00:00:00Z');
