--
-- PostgreSQL database dump
--

\restrict diZWVvjgp3fMwTSlhNrc8z5trN31zBV69lagAN1DkhavaTRUsRlfH0L23cJFnFS

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: banli_co_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_co_unit (
    id bigint NOT NULL,
    acceptedat timestamp without time zone,
    assignedat timestamp without time zone NOT NULL,
    opinion text,
    opinionat timestamp without time zone,
    opinionby character varying(64),
    releasedat timestamp without time zone,
    unit_code character varying(32) NOT NULL,
    item_id bigint
);


--
-- Name: banli_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_comment (
    id bigint NOT NULL,
    commented_at timestamp without time zone NOT NULL,
    author character varying(64) NOT NULL,
    comment_text text NOT NULL,
    item_id bigint
);


--
-- Name: banli_commitment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_commitment (
    id bigint NOT NULL,
    doneon date,
    duedate date,
    progress character varying(4000),
    commitment_text character varying(1000) NOT NULL,
    updatedat timestamp without time zone,
    updatedby character varying(64),
    reply_id bigint
);


--
-- Name: banli_contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_contact (
    id bigint NOT NULL,
    confirmed boolean,
    confirmedat timestamp without time zone,
    contact_date date NOT NULL,
    method character varying(20) NOT NULL,
    participants character varying(500),
    phase character varying(20) NOT NULL,
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL,
    submitterremark character varying(2000),
    summary text,
    unit_code character varying(32),
    item_id bigint
);


--
-- Name: banli_delivery_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_delivery_attempt (
    id bigint NOT NULL,
    attempted_at timestamp without time zone NOT NULL,
    detail character varying(1000),
    outcome character varying(30) NOT NULL,
    message_id bigint
);


--
-- Name: banli_history_sealing; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_history_sealing (
    id integer NOT NULL,
    sealedfrom bigint NOT NULL,
    since timestamp without time zone NOT NULL
);


--
-- Name: banli_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_item (
    id bigint NOT NULL,
    acceptedat timestamp without time zone,
    assignedat timestamp without time zone,
    body text NOT NULL,
    category character varying(50),
    deadline date,
    history_seal character varying(64),
    hostunit_id bigint,
    keyitem boolean,
    kind character varying(20) NOT NULL,
    leadingofficial character varying(100),
    mergedinto bigint,
    number integer NOT NULL,
    publicreply boolean,
    record_kinds integer,
    registeredat timestamp without time zone NOT NULL,
    registeredby character varying(64) NOT NULL,
    repliedat timestamp without time zone,
    handling_round integer NOT NULL,
    status character varying(20) NOT NULL,
    submitter_id bigint,
    title character varying(200) NOT NULL,
    urgency character varying(20) NOT NULL,
    version bigint,
    session_year integer NOT NULL,
    fact_first_time integer,
    fact_class_a integer,
    fact_first_satisfied integer,
    fact_met integer,
    fact_on_time integer,
    fact_rated integer,
    fact_replied integer,
    fact_replies_first_time integer,
    fact_replies_decided integer,
    fact_reply_class character varying(2),
    fact_satisfaction character varying(30),
    fact_satisfied integer
);


--
-- Name: banli_item_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_item_event (
    id bigint NOT NULL,
    action character varying(30) NOT NULL,
    actor character varying(64) NOT NULL,
    event_at timestamp without time zone NOT NULL,
    fromstatus character varying(20),
    reason character varying(2000),
    seal character varying(64),
    tostatus character varying(20) NOT NULL,
    item_id bigint
);


--
-- Name: banli_message; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_message (
    id bigint NOT NULL,
    attempts integer,
    body character varying(4000) NOT NULL,
    channel character varying(40) NOT NULL,
    createdat timestamp without time zone NOT NULL,
    event_data character varying(2000),
    deliveredat timestamp without time zone,
    event character varying(60) NOT NULL,
    lasterror character varying(1000),
    nextattemptat timestamp without time zone,
    readat timestamp without time zone,
    recipient character varying(64) NOT NULL,
    status character varying(20) NOT NULL,
    subject character varying(300) NOT NULL
);


--
-- Name: banli_notice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_notice (
    id bigint NOT NULL,
    duedate date NOT NULL,
    issuedat timestamp without time zone NOT NULL,
    issuedby character varying(64) NOT NULL,
    respondedat timestamp without time zone,
    respondedby character varying(64),
    response text,
    notice_text text NOT NULL,
    unit_code character varying(32) NOT NULL,
    item_id bigint
);


--
-- Name: banli_number_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_number_series (
    series character varying(40) NOT NULL,
    lastnumber integer NOT NULL
);


--
-- Name: banli_rating; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_rating (
    id bigint NOT NULL,
    rated_at timestamp without time zone NOT NULL,
    rating_comment character varying(2000),
    enteredby character varying(64) NOT NULL,
    enteredfrom character varying(100),
    flag character varying(500),
    process character varying(30),
    result character varying(30),
    handling_round integer NOT NULL,
    satisfaction character varying(30) NOT NULL,
    item_id bigint
);


--
-- Name: banli_reminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_reminder (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    reminder_key character varying(100) NOT NULL,
    sentat timestamp without time zone NOT NULL
);


--
-- Name: banli_reply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_reply (
    id bigint NOT NULL,
    acceptedon date,
    approvedat timestamp without time zone,
    approvedby character varying(64),
    author character varying(64) NOT NULL,
    contactperson character varying(100),
    contactphone character varying(30),
    copyto character varying(500),
    countersignedby character varying(1000),
    deadlineinforce date,
    draftedat timestamp without time zone NOT NULL,
    limitreason character varying(30),
    remark character varying(2000),
    replyclass character varying(2) NOT NULL,
    reviewedat timestamp without time zone,
    reviewedby character varying(64),
    handling_round integer NOT NULL,
    signer character varying(100),
    reply_state character varying(20) NOT NULL,
    submissions integer,
    submittedat timestamp without time zone,
    reply_text text NOT NULL,
    unit_code character varying(32) NOT NULL,
    item_id bigint
);


--
-- Name: banli_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_unit (
    id bigint NOT NULL,
    code character varying(32) NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: banli_unit_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_unit_request (
    id bigint NOT NULL,
    approved boolean,
    decidedat timestamp without time zone,
    decidedby character varying(64),
    decisionreason character varying(2000),
    granteddate date,
    request_kind character varying(20) NOT NULL,
    reason character varying(2000),
    requestedat timestamp without time zone NOT NULL,
    requestedby character varying(64) NOT NULL,
    requesteddate date,
    unit_code character varying(32) NOT NULL,
    item_id bigint
);


--
-- Name: banli_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.banli_user (
    id bigint NOT NULL,
    channels character varying(500),
    createdat timestamp without time zone NOT NULL,
    displayname character varying(100) NOT NULL,
    email character varying(200),
    mustchangepassword boolean,
    passwordhash character varying(200) NOT NULL,
    phone character varying(30),
    roles character varying(200) NOT NULL,
    username character varying(64) NOT NULL,
    unit_id bigint
);


--
-- Name: sequence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sequence (
    seq_name character varying(50) NOT NULL,
    seq_count numeric(38,0)
);


--
-- Data for Name: banli_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_co_unit (id, acceptedat, assignedat, opinion, opinionat, opinionby, releasedat, unit_code, item_id) FROM stdin;
73	2026-12-02 06:49:38.364663	2026-12-02 06:49:38.332884	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:38.378715	mzj-staff	\N	mzj	70
168	2026-12-02 06:49:38.864515	2026-12-02 06:49:38.855868	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:38.86907	wjj-staff	\N	wjj	165
227	2026-12-02 06:49:39.038236	2026-12-02 06:49:39.031416	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:39.041171	jtj-staff	\N	jtj	224
288	2026-12-02 06:49:39.188929	2026-12-02 06:49:39.181916	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:39.192408	mzj-staff	\N	mzj	285
457	2026-12-02 06:49:39.519803	2026-12-02 06:49:39.504481	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:39.526792	jtj-staff	\N	jtj	451
670	2026-12-02 06:49:39.86075	2026-12-02 06:49:39.850222	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:39.863782	mzj-staff	\N	mzj	665
768	2026-12-02 06:49:39.995504	2026-12-02 06:49:39.987451	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:39.998018	wjj-staff	\N	wjj	765
829	2026-12-02 06:49:40.175402	2026-12-02 06:49:40.160942	我单位同意主办单位的办理意见，将在职责范围内积极配合。	2026-12-02 06:49:40.178613	jtj-staff	\N	jtj	826
\.


--
-- Data for Name: banli_comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_comment (id, commented_at, author, comment_text, item_id) FROM stdin;
\.


--
-- Data for Name: banli_commitment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_commitment (id, doneon, duedate, progress, commitment_text, updatedat, updatedby, reply_id) FROM stdin;
86	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	85
140	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	139
181	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	180
253	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	252
301	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	300
360	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	359
383	2026-12-02	2027-06-02	承诺事项已全部落实。	年内完成相关项目建设	2026-12-02 06:49:39.39147	jtj-staff	382
517	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	516
696	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	695
806	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	805
865	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	864
901	\N	2027-06-02	\N	年内完成相关项目建设	\N	\N	900
\.


--
-- Data for Name: banli_contact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_contact (id, confirmed, confirmedat, contact_date, method, participants, phase, recordedat, recordedby, submitterremark, summary, unit_code, item_id) FROM stdin;
53	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:38.143669	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	45
66	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:38.23762	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	58
83	\N	\N	2026-12-02	VISIT	提出人、zjj-staff	BEFORE	2026-12-02 06:49:38.401789	zjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	zjj	70
98	\N	\N	2026-12-02	VISIT	提出人、mzj-staff	BEFORE	2026-12-02 06:49:38.538577	mzj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	mzj	90
115	\N	\N	2026-12-02	PHONE	提出人、jyj-staff	BEFORE	2026-12-02 06:49:38.649977	jyj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jyj	107
137	\N	\N	2026-12-02	VISIT	提出人、jtj-staff	BEFORE	2026-12-02 06:49:38.763456	jtj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jtj	129
178	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:38.877363	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	165
202	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:38.980697	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	194
237	\N	\N	2026-12-02	PHONE	提出人、jyj-staff	BEFORE	2026-12-02 06:49:39.059135	jyj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jyj	224
250	\N	\N	2026-12-02	VISIT	提出人、jtj-staff	BEFORE	2026-12-02 06:49:39.082871	jtj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jtj	242
263	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:39.109563	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	255
276	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:39.152902	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	268
298	\N	\N	2026-12-02	VISIT	提出人、zjj-staff	BEFORE	2026-12-02 06:49:39.198356	zjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	zjj	285
322	\N	\N	2026-12-02	VISIT	提出人、mzj-staff	BEFORE	2026-12-02 06:49:39.244209	mzj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	mzj	314
357	\N	\N	2026-12-02	PHONE	提出人、jyj-staff	BEFORE	2026-12-02 06:49:39.309831	jyj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jyj	349
380	\N	\N	2026-12-02	VISIT	提出人、jtj-staff	BEFORE	2026-12-02 06:49:39.343736	jtj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jtj	372
419	\N	\N	2026-12-02	VISIT	提出人、zjj-staff	BEFORE	2026-12-02 06:49:39.438931	zjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	zjj	409
438	\N	\N	2026-12-02	VISIT	提出人、mzj-staff	BEFORE	2026-12-02 06:49:39.467726	mzj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	mzj	426
480	\N	\N	2026-12-02	PHONE	提出人、jyj-staff	BEFORE	2026-12-02 06:49:39.540169	jyj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jyj	451
512	\N	\N	2026-12-02	VISIT	提出人、jtj-staff	BEFORE	2026-12-02 06:49:39.602599	jtj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jtj	498
553	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:39.663258	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	539
601	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:39.739622	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	587
690	\N	\N	2026-12-02	VISIT	提出人、zjj-staff	BEFORE	2026-12-02 06:49:39.8743	zjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	zjj	665
743	\N	\N	2026-12-02	VISIT	提出人、mzj-staff	BEFORE	2026-12-02 06:49:39.933524	mzj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	mzj	728
778	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:40.013427	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	765
791	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:40.05587	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	783
803	\N	\N	2026-12-02	VISIT	提出人、zjj-staff	BEFORE	2026-12-02 06:49:40.087983	zjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	zjj	795
817	\N	\N	2026-12-02	VISIT	提出人、mzj-staff	BEFORE	2026-12-02 06:49:40.127646	mzj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	mzj	809
839	\N	\N	2026-12-02	PHONE	提出人、jyj-staff	BEFORE	2026-12-02 06:49:40.183496	jyj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jyj	826
862	\N	\N	2026-12-02	VISIT	提出人、jtj-staff	BEFORE	2026-12-02 06:49:40.21723	jtj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	jtj	854
898	\N	\N	2026-12-02	VISIT	提出人、slj-staff	BEFORE	2026-12-02 06:49:40.272685	slj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	slj	890
921	\N	\N	2026-12-02	PHONE	提出人、wjj-staff	BEFORE	2026-12-02 06:49:40.308074	wjj-staff	\N	办前与提出人当面沟通，听取具体意见和诉求。	wjj	913
\.


--
-- Data for Name: banli_delivery_attempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_delivery_attempt (id, attempted_at, detail, outcome, message_id) FROM stdin;
395	2026-12-02 06:49:39.379929	\N	DELIVERED	42
397	2026-12-02 06:49:39.400328	\N	DELIVERED	43
400	2026-12-02 06:49:39.411143	\N	DELIVERED	44
403	2026-12-02 06:49:39.414497	\N	DELIVERED	48
408	2026-12-02 06:49:39.421597	\N	DELIVERED	49
415	2026-12-02 06:49:39.43113	\N	DELIVERED	50
416	2026-12-02 06:49:39.435129	\N	DELIVERED	56
424	2026-12-02 06:49:39.438467	\N	DELIVERED	57
425	2026-12-02 06:49:39.449463	\N	DELIVERED	61
428	2026-12-02 06:49:39.453031	\N	DELIVERED	62
433	2026-12-02 06:49:39.463977	\N	DELIVERED	63
435	2026-12-02 06:49:39.465839	\N	DELIVERED	74
436	2026-12-02 06:49:39.467615	\N	DELIVERED	75
439	2026-12-02 06:49:39.46947	\N	DELIVERED	76
440	2026-12-02 06:49:39.475358	\N	DELIVERED	77
441	2026-12-02 06:49:39.477075	\N	DELIVERED	78
444	2026-12-02 06:49:39.484236	\N	DELIVERED	93
445	2026-12-02 06:49:39.486069	\N	DELIVERED	94
447	2026-12-02 06:49:39.487738	\N	DELIVERED	95
448	2026-12-02 06:49:39.489448	\N	DELIVERED	104
449	2026-12-02 06:49:39.490896	\N	DELIVERED	105
450	2026-12-02 06:49:39.496133	\N	DELIVERED	106
453	2026-12-02 06:49:39.497885	\N	DELIVERED	110
454	2026-12-02 06:49:39.50335	\N	DELIVERED	111
455	2026-12-02 06:49:39.505326	\N	DELIVERED	112
463	2026-12-02 06:49:39.512077	\N	DELIVERED	121
464	2026-12-02 06:49:39.513824	\N	DELIVERED	122
465	2026-12-02 06:49:39.515592	\N	DELIVERED	123
466	2026-12-02 06:49:39.517231	\N	DELIVERED	126
467	2026-12-02 06:49:39.518793	\N	DELIVERED	127
469	2026-12-02 06:49:39.524342	\N	DELIVERED	128
470	2026-12-02 06:49:39.526073	\N	DELIVERED	132
471	2026-12-02 06:49:39.52774	\N	DELIVERED	133
473	2026-12-02 06:49:39.531866	\N	DELIVERED	134
474	2026-12-02 06:49:39.533528	\N	DELIVERED	144
476	2026-12-02 06:49:39.539342	\N	DELIVERED	145
477	2026-12-02 06:49:39.541092	\N	DELIVERED	146
478	2026-12-02 06:49:39.542955	\N	DELIVERED	149
483	2026-12-02 06:49:39.552136	\N	DELIVERED	150
484	2026-12-02 06:49:39.553735	\N	DELIVERED	151
485	2026-12-02 06:49:39.555568	\N	DELIVERED	157
487	2026-12-02 06:49:39.560281	\N	DELIVERED	158
488	2026-12-02 06:49:39.56153	\N	DELIVERED	159
489	2026-12-02 06:49:39.567314	\N	DELIVERED	162
490	2026-12-02 06:49:39.569407	\N	DELIVERED	163
491	2026-12-02 06:49:39.570753	\N	DELIVERED	164
493	2026-12-02 06:49:39.574946	\N	DELIVERED	169
495	2026-12-02 06:49:39.576485	\N	DELIVERED	170
496	2026-12-02 06:49:39.577468	\N	DELIVERED	171
497	2026-12-02 06:49:39.582786	\N	DELIVERED	172
500	2026-12-02 06:49:39.590912	\N	DELIVERED	173
501	2026-12-02 06:49:39.592313	\N	DELIVERED	186
506	2026-12-02 06:49:39.593378	\N	DELIVERED	187
507	2026-12-02 06:49:39.594495	\N	DELIVERED	188
508	2026-12-02 06:49:39.597775	\N	DELIVERED	191
509	2026-12-02 06:49:39.599122	\N	DELIVERED	192
513	2026-12-02 06:49:39.603858	\N	DELIVERED	193
514	2026-12-02 06:49:39.605736	\N	DELIVERED	197
518	2026-12-02 06:49:39.611672	\N	DELIVERED	198
519	2026-12-02 06:49:39.61333	\N	DELIVERED	199
520	2026-12-02 06:49:39.614913	\N	DELIVERED	208
522	2026-12-02 06:49:39.620243	\N	DELIVERED	209
523	2026-12-02 06:49:39.621681	\N	DELIVERED	210
525	2026-12-02 06:49:39.623432	\N	DELIVERED	213
526	2026-12-02 06:49:39.625376	\N	DELIVERED	214
527	2026-12-02 06:49:39.627968	\N	DELIVERED	215
532	2026-12-02 06:49:39.631981	\N	DELIVERED	221
533	2026-12-02 06:49:39.633173	\N	DELIVERED	222
534	2026-12-02 06:49:39.634205	\N	DELIVERED	223
535	2026-12-02 06:49:39.639838	\N	DELIVERED	228
536	2026-12-02 06:49:39.641304	\N	DELIVERED	229
537	2026-12-02 06:49:39.642819	\N	DELIVERED	230
538	2026-12-02 06:49:39.644551	\N	DELIVERED	231
541	2026-12-02 06:49:39.648139	\N	DELIVERED	232
542	2026-12-02 06:49:39.651262	\N	DELIVERED	240
547	2026-12-02 06:49:39.653087	\N	DELIVERED	241
548	2026-12-02 06:49:39.65615	\N	DELIVERED	245
549	2026-12-02 06:49:39.659307	\N	DELIVERED	246
551	2026-12-02 06:49:39.663112	\N	DELIVERED	247
554	2026-12-02 06:49:39.664924	\N	DELIVERED	258
555	2026-12-02 06:49:39.666583	\N	DELIVERED	259
558	2026-12-02 06:49:39.672159	\N	DELIVERED	260
559	2026-12-02 06:49:39.673687	\N	DELIVERED	271
560	2026-12-02 06:49:39.67599	\N	DELIVERED	272
561	2026-12-02 06:49:39.677172	\N	DELIVERED	273
563	2026-12-02 06:49:39.679795	\N	DELIVERED	282
564	2026-12-02 06:49:39.683608	\N	DELIVERED	283
566	2026-12-02 06:49:39.685331	\N	DELIVERED	284
571	2026-12-02 06:49:39.692033	\N	DELIVERED	289
572	2026-12-02 06:49:39.693786	\N	DELIVERED	290
573	2026-12-02 06:49:39.695447	\N	DELIVERED	291
574	2026-12-02 06:49:39.696924	\N	DELIVERED	292
575	2026-12-02 06:49:39.698343	\N	DELIVERED	293
576	2026-12-02 06:49:39.70842	\N	DELIVERED	306
577	2026-12-02 06:49:39.710064	\N	DELIVERED	307
583	2026-12-02 06:49:39.715679	\N	DELIVERED	308
584	2026-12-02 06:49:39.720788	\N	DELIVERED	311
585	2026-12-02 06:49:39.722293	\N	DELIVERED	312
586	2026-12-02 06:49:39.724198	\N	DELIVERED	313
589	2026-12-02 06:49:39.728035	\N	DELIVERED	317
594	2026-12-02 06:49:39.73302	\N	DELIVERED	318
595	2026-12-02 06:49:39.735786	\N	DELIVERED	319
596	2026-12-02 06:49:39.737025	\N	DELIVERED	328
598	2026-12-02 06:49:39.740068	\N	DELIVERED	329
599	2026-12-02 06:49:39.741259	\N	DELIVERED	330
604	2026-12-02 06:49:39.748389	\N	DELIVERED	333
605	2026-12-02 06:49:39.750557	\N	DELIVERED	334
606	2026-12-02 06:49:39.752322	\N	DELIVERED	335
607	2026-12-02 06:49:39.753351	\N	DELIVERED	341
609	2026-12-02 06:49:39.754503	\N	DELIVERED	342
610	2026-12-02 06:49:39.755622	\N	DELIVERED	343
611	2026-12-02 06:49:39.760611	\N	DELIVERED	346
612	2026-12-02 06:49:39.761668	\N	DELIVERED	347
614	2026-12-02 06:49:39.762624	\N	DELIVERED	348
615	2026-12-02 06:49:39.763898	\N	DELIVERED	352
616	2026-12-02 06:49:39.767673	\N	DELIVERED	353
617	2026-12-02 06:49:39.769534	\N	DELIVERED	354
622	2026-12-02 06:49:39.776184	\N	DELIVERED	364
623	2026-12-02 06:49:39.777908	\N	DELIVERED	365
624	2026-12-02 06:49:39.779127	\N	DELIVERED	366
625	2026-12-02 06:49:39.780706	\N	DELIVERED	369
626	2026-12-02 06:49:39.787552	\N	DELIVERED	370
627	2026-12-02 06:49:39.789107	\N	DELIVERED	371
628	2026-12-02 06:49:39.790722	\N	DELIVERED	375
634	2026-12-02 06:49:39.796169	\N	DELIVERED	376
635	2026-12-02 06:49:39.797696	\N	DELIVERED	377
636	2026-12-02 06:49:39.7995	\N	DELIVERED	387
639	2026-12-02 06:49:39.801382	\N	DELIVERED	388
640	2026-12-02 06:49:39.80485	\N	DELIVERED	389
642	2026-12-02 06:49:39.812227	\N	DELIVERED	392
643	2026-12-02 06:49:39.813874	\N	DELIVERED	393
645	2026-12-02 06:49:39.815617	\N	DELIVERED	394
646	2026-12-02 06:49:39.817222	\N	DELIVERED	405
647	2026-12-02 06:49:39.81872	\N	DELIVERED	406
652	2026-12-02 06:49:39.824243	\N	DELIVERED	407
653	2026-12-02 06:49:39.826179	\N	DELIVERED	412
654	2026-12-02 06:49:39.827944	\N	DELIVERED	413
655	2026-12-02 06:49:39.831354	\N	DELIVERED	414
656	2026-12-02 06:49:39.835129	\N	DELIVERED	422
662	2026-12-02 06:49:39.836895	\N	DELIVERED	423
663	2026-12-02 06:49:39.840871	\N	DELIVERED	430
664	2026-12-02 06:49:39.845003	\N	DELIVERED	431
667	2026-12-02 06:49:39.848268	\N	DELIVERED	432
668	2026-12-02 06:49:39.849926	\N	DELIVERED	458
676	2026-12-02 06:49:39.856202	\N	DELIVERED	459
677	2026-12-02 06:49:39.857267	\N	DELIVERED	460
678	2026-12-02 06:49:39.858484	\N	DELIVERED	461
679	2026-12-02 06:49:39.859731	\N	DELIVERED	462
680	2026-12-02 06:49:39.860756	\N	DELIVERED	503
682	2026-12-02 06:49:39.861777	\N	DELIVERED	504
684	2026-12-02 06:49:39.86863	\N	DELIVERED	505
685	2026-12-02 06:49:39.870124	\N	DELIVERED	529
687	2026-12-02 06:49:39.875889	\N	DELIVERED	530
688	2026-12-02 06:49:39.876846	\N	DELIVERED	531
691	2026-12-02 06:49:39.878473	\N	DELIVERED	544
692	2026-12-02 06:49:39.880155	\N	DELIVERED	545
693	2026-12-02 06:49:39.881182	\N	DELIVERED	546
697	2026-12-02 06:49:39.887713	\N	DELIVERED	568
699	2026-12-02 06:49:39.888683	\N	DELIVERED	569
700	2026-12-02 06:49:39.889595	\N	DELIVERED	570
701	2026-12-02 06:49:39.891226	\N	DELIVERED	580
702	2026-12-02 06:49:39.892745	\N	DELIVERED	581
704	2026-12-02 06:49:39.8939	\N	DELIVERED	582
705	2026-12-02 06:49:39.895121	\N	DELIVERED	591
707	2026-12-02 06:49:39.89927	\N	DELIVERED	592
708	2026-12-02 06:49:39.900436	\N	DELIVERED	593
709	2026-12-02 06:49:39.901399	\N	DELIVERED	619
714	2026-12-02 06:49:39.903651	\N	DELIVERED	620
715	2026-12-02 06:49:39.904664	\N	DELIVERED	621
716	2026-12-02 06:49:39.905609	\N	DELIVERED	631
717	2026-12-02 06:49:39.907835	\N	DELIVERED	632
723	2026-12-02 06:49:39.908668	\N	DELIVERED	633
724	2026-12-02 06:49:39.912437	\N	DELIVERED	649
725	2026-12-02 06:49:39.913629	\N	DELIVERED	650
726	2026-12-02 06:49:39.914558	\N	DELIVERED	651
727	2026-12-02 06:49:39.919576	\N	DELIVERED	659
729	2026-12-02 06:49:39.920611	\N	DELIVERED	660
731	2026-12-02 06:49:39.921506	\N	DELIVERED	661
732	2026-12-02 06:49:39.922313	\N	DELIVERED	671
733	2026-12-02 06:49:39.923177	\N	DELIVERED	672
734	2026-12-02 06:49:39.924051	\N	DELIVERED	673
735	2026-12-02 06:49:39.925409	\N	DELIVERED	674
741	2026-12-02 06:49:39.932149	\N	DELIVERED	675
935	2026-12-02 06:49:41.379951	\N	DELIVERED	711
936	2026-12-02 06:49:41.382119	\N	DELIVERED	712
937	2026-12-02 06:49:41.383634	\N	DELIVERED	713
938	2026-12-02 06:49:41.386085	\N	DELIVERED	720
939	2026-12-02 06:49:41.3906	\N	DELIVERED	721
940	2026-12-02 06:49:41.394599	\N	DELIVERED	722
941	2026-12-02 06:49:41.396625	\N	DELIVERED	737
942	2026-12-02 06:49:41.397702	\N	DELIVERED	738
943	2026-12-02 06:49:41.400554	\N	DELIVERED	739
944	2026-12-02 06:49:41.403116	\N	DELIVERED	749
945	2026-12-02 06:49:41.404558	\N	DELIVERED	750
946	2026-12-02 06:49:41.407283	\N	DELIVERED	751
947	2026-12-02 06:49:41.408468	\N	DELIVERED	754
948	2026-12-02 06:49:41.412944	\N	DELIVERED	755
949	2026-12-02 06:49:41.414666	\N	DELIVERED	756
950	2026-12-02 06:49:41.417487	\N	DELIVERED	762
951	2026-12-02 06:49:41.418599	\N	DELIVERED	763
952	2026-12-02 06:49:41.41975	\N	DELIVERED	764
953	2026-12-02 06:49:41.425386	\N	DELIVERED	769
954	2026-12-02 06:49:41.426802	\N	DELIVERED	770
955	2026-12-02 06:49:41.430394	\N	DELIVERED	771
956	2026-12-02 06:49:41.439608	\N	DELIVERED	772
957	2026-12-02 06:49:41.44096	\N	DELIVERED	773
958	2026-12-02 06:49:41.442041	\N	DELIVERED	781
959	2026-12-02 06:49:41.443283	\N	DELIVERED	782
960	2026-12-02 06:49:41.447427	\N	DELIVERED	786
961	2026-12-02 06:49:41.450415	\N	DELIVERED	787
962	2026-12-02 06:49:41.451593	\N	DELIVERED	788
963	2026-12-02 06:49:41.453095	\N	DELIVERED	798
964	2026-12-02 06:49:41.454564	\N	DELIVERED	799
965	2026-12-02 06:49:41.455802	\N	DELIVERED	800
966	2026-12-02 06:49:41.457663	\N	DELIVERED	812
967	2026-12-02 06:49:41.463238	\N	DELIVERED	813
968	2026-12-02 06:49:41.465115	\N	DELIVERED	814
969	2026-12-02 06:49:41.466867	\N	DELIVERED	823
970	2026-12-02 06:49:41.468638	\N	DELIVERED	824
971	2026-12-02 06:49:41.476187	\N	DELIVERED	825
972	2026-12-02 06:49:41.47924	\N	DELIVERED	830
973	2026-12-02 06:49:41.481081	\N	DELIVERED	831
974	2026-12-02 06:49:41.487647	\N	DELIVERED	832
975	2026-12-02 06:49:41.489263	\N	DELIVERED	833
976	2026-12-02 06:49:41.490876	\N	DELIVERED	834
977	2026-12-02 06:49:41.492601	\N	DELIVERED	846
978	2026-12-02 06:49:41.493902	\N	DELIVERED	847
979	2026-12-02 06:49:41.499266	\N	DELIVERED	848
980	2026-12-02 06:49:41.501536	\N	DELIVERED	851
981	2026-12-02 06:49:41.502351	\N	DELIVERED	852
982	2026-12-02 06:49:41.502996	\N	DELIVERED	853
983	2026-12-02 06:49:41.504512	\N	DELIVERED	857
984	2026-12-02 06:49:41.507205	\N	DELIVERED	858
985	2026-12-02 06:49:41.512056	\N	DELIVERED	859
986	2026-12-02 06:49:41.513425	\N	DELIVERED	869
987	2026-12-02 06:49:41.514696	\N	DELIVERED	870
988	2026-12-02 06:49:41.515854	\N	DELIVERED	871
989	2026-12-02 06:49:41.517075	\N	DELIVERED	874
990	2026-12-02 06:49:41.518063	\N	DELIVERED	875
991	2026-12-02 06:49:41.518906	\N	DELIVERED	876
992	2026-12-02 06:49:41.519761	\N	DELIVERED	882
993	2026-12-02 06:49:41.520827	\N	DELIVERED	883
994	2026-12-02 06:49:41.52167	\N	DELIVERED	884
995	2026-12-02 06:49:41.522929	\N	DELIVERED	887
996	2026-12-02 06:49:41.524272	\N	DELIVERED	888
997	2026-12-02 06:49:41.529073	\N	DELIVERED	889
998	2026-12-02 06:49:41.530252	\N	DELIVERED	893
999	2026-12-02 06:49:41.531471	\N	DELIVERED	894
1000	2026-12-02 06:49:41.532504	\N	DELIVERED	895
1001	2026-12-02 06:49:41.534758	\N	DELIVERED	905
1002	2026-12-02 06:49:41.54112	\N	DELIVERED	906
1003	2026-12-02 06:49:41.542702	\N	DELIVERED	907
1004	2026-12-02 06:49:41.543692	\N	DELIVERED	910
1005	2026-12-02 06:49:41.544673	\N	DELIVERED	911
1006	2026-12-02 06:49:41.545587	\N	DELIVERED	912
1007	2026-12-02 06:49:41.546636	\N	DELIVERED	916
1008	2026-12-02 06:49:41.547751	\N	DELIVERED	917
1009	2026-12-02 06:49:41.548538	\N	DELIVERED	918
1010	2026-12-02 06:49:41.549556	\N	DELIVERED	927
1011	2026-12-02 06:49:41.55043	\N	DELIVERED	928
1012	2026-12-02 06:49:41.551161	\N	DELIVERED	929
1013	2026-12-02 06:49:41.551932	\N	DELIVERED	932
1014	2026-12-02 06:49:41.552616	\N	DELIVERED	933
1015	2026-12-02 06:49:41.553295	\N	DELIVERED	934
\.


--
-- Data for Name: banli_history_sealing; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_history_sealing (id, sealedfrom, since) FROM stdin;
1	0	2026-12-02 06:49:29.340946
\.


--
-- Data for Name: banli_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_item (id, acceptedat, assignedat, body, category, deadline, history_seal, hostunit_id, keyitem, kind, leadingofficial, mergedinto, number, publicreply, record_kinds, registeredat, registeredby, repliedat, handling_round, status, submitter_id, title, urgency, version, session_year, fact_first_time, fact_class_a, fact_first_satisfied, fact_met, fact_on_time, fact_rated, fact_replied, fact_replies_first_time, fact_replies_decided, fact_reply_class, fact_satisfaction, fact_satisfied) FROM stdin;
37	\N	\N	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	\N	98811be34b1b8753c7a4b6111527e2458b3bad6753ce8a4fd757ccdddcc3bbb7	\N	t	SUGGESTION	demo-leader	\N	1	t	0	2026-12-02 06:49:37.951824	demo-office	\N	1	REGISTERED	23	关于改善农村学校午餐条件的建议	URGENT	1	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
39	\N	2026-12-02 06:49:38.021257	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-03-02	298ef3027bc8b20f0be9959d27f354a2a855f93b8135d537c2c5ea2541fc85ae	3	f	SUGGESTION	\N	\N	2	f	0	2026-12-02 06:49:38.01039	demo-office	\N	1	ASSIGNED	24	关于修缮通村公路的建议	NORMAL	2	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
45	2026-12-02 06:49:38.127222	2026-12-02 06:49:38.100122	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-03-02	688ddf23f9683dc2e74a0386a15681e6fb12025c79b9957eadb2b23de48bb9a6	4	f	PROPOSAL	\N	\N	1	t	34	2026-12-02 06:49:38.086671	demo-office	\N	1	HANDLING	33	关于保障农村饮水安全的提案	NORMAL	5	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
58	2026-12-02 06:49:38.230252	2026-12-02 06:49:38.214824	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-03-02	291aa6cc706581df2edd83adafe41530636e48ebcf20ee748835c0c28e0527e0	5	f	SUGGESTION	\N	\N	3	f	10	2026-12-02 06:49:38.206861	demo-office	\N	1	REPLY_APPROVED	26	关于提升乡镇卫生院诊疗能力的建议	NORMAL	6	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
70	2026-12-02 06:49:38.390707	2026-12-02 06:49:38.332884	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	2027-03-02	3f32b10b55f413f137a645e59f96b66a211a3c6ff4650b9d53dcdb1a0b7af99c	6	f	SUGGESTION	\N	\N	4	t	11	2026-12-02 06:49:38.322497	demo-office	\N	1	UNDER_REVIEW	27	关于增设公共停车位的建议	NORMAL	10	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
90	2026-12-02 06:49:38.5213	2026-12-02 06:49:38.508014	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-03-02	01b4f45fc8a347f3601306d9a1a6cac51c3ee862ab341b8ad196a794f6cc229b	7	f	PROPOSAL	\N	\N	2	f	10	2026-12-02 06:49:38.501247	demo-office	2026-12-02 06:49:38.587476	1	REPLIED	36	关于关爱农村留守儿童的提案	NORMAL	8	2026	1	0	0	1	1	0	1	1	1	C	\N	0
107	2026-12-02 06:49:38.64119	2026-12-02 06:49:38.624777	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	2027-01-02	f1c140ad2d25b875fc66f088b17a27ddee2a636c753744a90ef63e3135693e63	2	f	SUGGESTION	\N	\N	5	t	26	2026-12-02 06:49:38.618107	demo-office	2026-12-02 06:49:38.695797	2	REHANDLING	29	关于改善农村学校午餐条件的建议	NORMAL	9	2026	1	1	0	0	1	1	1	1	1	A	UNSATISFIED	0
129	2026-12-02 06:49:38.760834	2026-12-02 06:49:38.753644	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-01-02	b65bef9434398b565f90a1394d93980b2d4bfacc5cebed2d3729283db87f4d6c	3	t	SUGGESTION	demo-leader	\N	6	f	26	2026-12-02 06:49:38.750779	demo-office	2026-12-02 06:49:38.780167	2	CONSULTATION	30	关于修缮通村公路的建议	NORMAL	14	2026	1	0	0	1	1	1	1	2	2	C	UNSATISFIED	0
165	2026-12-02 06:49:38.873891	2026-12-02 06:49:38.855868	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-03-02	9c9b18a9cee8323c9ba0907bc3b1d6d59055ba4aa85de1ddfbeca8423bea8b50	4	f	PROPOSAL	\N	\N	3	t	27	2026-12-02 06:49:38.852094	demo-office	2026-12-02 06:49:38.910335	1	FOLLOW_UP	33	关于保障农村饮水安全的提案	NORMAL	12	2026	1	0	1	1	1	1	1	1	1	B	SATISFIED	1
194	2026-12-02 06:49:38.977031	2026-12-02 06:49:38.966461	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-03-02	77fff4027df98510ecbc08248e7e99a4707b4f154d1b75f72a1a32e06b5de1ca	5	f	SUGGESTION	\N	\N	7	f	26	2026-12-02 06:49:38.956557	demo-office	2026-12-02 06:49:38.998265	1	CLOSED	24	关于提升乡镇卫生院诊疗能力的建议	NORMAL	9	2026	1	1	1	0	1	1	1	1	1	A	BASICALLY_SATISFIED	1
216	\N	\N	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	\N	589000393812bd499a46e73202a99a8ed83f871eea0bdaca121603fd79be27e2	\N	f	SUGGESTION	\N	\N	8	t	0	2026-12-02 06:49:39.015571	demo-office	\N	1	REGISTERED	25	关于增设公共停车位的建议	NORMAL	1	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
218	\N	2026-12-02 06:49:39.022435	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-01-02	7cdbda67fd24d4dc17d3bde548c4e4844150ec572bf4a2e133d66b6ea19dea23	7	f	PROPOSAL	\N	\N	4	f	0	2026-12-02 06:49:39.019163	demo-office	\N	1	ASSIGNED	36	关于关爱农村留守儿童的提案	URGENT	2	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
224	2026-12-02 06:49:39.049144	2026-12-02 06:49:39.031416	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	2027-03-02	e7dea52081914fbe8a0f28930cdd4978c32f17c8cd07d3e663b89ba48cd36496	2	f	SUGGESTION	\N	\N	9	t	35	2026-12-02 06:49:39.028926	demo-office	\N	1	HANDLING	27	关于改善农村学校午餐条件的建议	NORMAL	7	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
242	2026-12-02 06:49:39.080256	2026-12-02 06:49:39.074882	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-03-02	c6c958286b6546d044061216115ed4d9e8233e2fd322f69e9d1086d24614c582	3	f	SUGGESTION	\N	\N	10	f	10	2026-12-02 06:49:39.072023	demo-office	\N	1	REPLY_APPROVED	28	关于修缮通村公路的建议	NORMAL	6	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
255	2026-12-02 06:49:39.106812	2026-12-02 06:49:39.10267	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-03-02	de04795435a0fbc131ab33f776e7704fb84939c92ef967119e3c8ca650e854bc	4	t	PROPOSAL	demo-leader	\N	5	t	10	2026-12-02 06:49:39.099949	demo-office	\N	1	UNDER_REVIEW	33	关于保障农村饮水安全的提案	NORMAL	7	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
268	2026-12-02 06:49:39.150107	2026-12-02 06:49:39.143313	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-03-02	c76b33eda583f7c24766b25d9147d97207100f9e1b3335e0c485adb3ef326d5a	5	f	SUGGESTION	\N	\N	11	f	10	2026-12-02 06:49:39.14022	demo-office	2026-12-02 06:49:39.169303	1	REPLIED	30	关于提升乡镇卫生院诊疗能力的建议	NORMAL	8	2026	1	1	0	0	1	0	1	1	1	A	\N	0
285	2026-12-02 06:49:39.195663	2026-12-02 06:49:39.181916	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	2027-01-02	f9f39983ca3a3d74c8a79a160c7a22874bf182a789dca4e7c8e08c807c66c7ce	6	f	SUGGESTION	\N	\N	12	t	27	2026-12-02 06:49:39.178632	demo-office	2026-12-02 06:49:39.219235	2	REHANDLING	23	关于增设公共停车位的建议	NORMAL	12	2026	1	0	0	1	1	1	1	1	1	B	UNSATISFIED	0
349	2026-12-02 06:49:39.307779	2026-12-02 06:49:39.303354	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	2027-03-02	f8111b8c5f376c6d63bf9d3bca17898b42c9f32656bd1888ae1b0b5dc43692c2	2	f	SUGGESTION	\N	\N	13	t	26	2026-12-02 06:49:39.300855	demo-office	2026-12-02 06:49:39.324136	1	FOLLOW_UP	25	关于改善农村学校午餐条件的建议	NORMAL	9	2026	1	0	1	0	1	1	1	1	1	B	SATISFIED	1
314	2026-12-02 06:49:39.241869	2026-12-02 06:49:39.237174	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-01-02	0258b73d550d0b274173c071de329f10a30853ad05dcd4fdb13612f29ac42607	7	f	PROPOSAL	\N	\N	6	f	26	2026-12-02 06:49:39.234704	demo-office	2026-12-02 06:49:39.258124	2	CONSULTATION	36	关于关爱农村留守儿童的提案	NORMAL	14	2026	1	0	0	1	1	1	1	2	2	C	UNSATISFIED	0
398	\N	\N	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	\N	f54e472c0b4eee12177a314be265d3c30f871055e88acfc33e9b2bb3d6b6bc3e	\N	f	PROPOSAL	\N	\N	7	t	0	2026-12-02 06:49:39.405702	demo-office	\N	1	REGISTERED	33	关于保障农村饮水安全的提案	NORMAL	1	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
372	2026-12-02 06:49:39.3415	2026-12-02 06:49:39.337432	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-03-02	299541d51146405893efac602f146c2a59a92b6451512ae4a482c7a3ae804027	3	f	SUGGESTION	\N	\N	14	f	26	2026-12-02 06:49:39.335317	demo-office	2026-12-02 06:49:39.365352	1	CLOSED	26	关于修缮通村公路的建议	NORMAL	10	2026	1	0	1	1	1	1	1	1	1	B	BASICALLY_SATISFIED	1
401	\N	2026-12-02 06:49:39.416893	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-03-02	54f6907f2cfb8714d416d86b9f6ff44a71e53853557c6b477e67eaf3f14cf9a2	5	t	SUGGESTION	demo-leader	\N	15	f	0	2026-12-02 06:49:39.411373	demo-office	\N	1	ASSIGNED	28	关于提升乡镇卫生院诊疗能力的建议	NORMAL	2	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
409	2026-12-02 06:49:39.43533	2026-12-02 06:49:39.428572	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	2027-01-02	a9e5ce66014c129c0b50d626cf576306170bfbbcc407cb640d8a600237bb77e3	6	f	SUGGESTION	\N	\N	16	t	34	2026-12-02 06:49:39.424985	demo-office	\N	1	HANDLING	29	关于增设公共停车位的建议	URGENT	5	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
426	2026-12-02 06:49:39.459487	2026-12-02 06:49:39.454249	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-03-02	4a771d5b9b01e32d5a7af3de58ab87d23e4ea1b98a19e22e5984c909a8ba6777	7	f	PROPOSAL	\N	\N	8	f	10	2026-12-02 06:49:39.450109	demo-office	\N	1	REPLY_APPROVED	36	关于关爱农村留守儿童的提案	NORMAL	6	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
451	2026-12-02 06:49:39.533573	2026-12-02 06:49:39.504481	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	2027-03-02	1708ba95d7f76add1d8ee9ab134e850438127d3b50e19fd4f3c8e3d9c9f9ee81	2	f	SUGGESTION	\N	\N	17	t	11	2026-12-02 06:49:39.496704	demo-office	\N	1	UNDER_REVIEW	23	关于改善农村学校午餐条件的建议	NORMAL	10	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
498	2026-12-02 06:49:39.600402	2026-12-02 06:49:39.587914	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-03-02	a165e29c998fb3ff53ea497ece2cf0e02f2a524b4ae70d3bda37aa107c11d017	3	f	SUGGESTION	\N	\N	18	f	10	2026-12-02 06:49:39.582144	demo-office	2026-12-02 06:49:39.628159	1	REPLIED	24	关于修缮通村公路的建议	NORMAL	8	2026	1	0	0	1	1	0	1	1	1	B	\N	0
539	2026-12-02 06:49:39.660693	2026-12-02 06:49:39.648086	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-01-02	c5387379306b2a033544e45ba159ed5a386be166bba7640dbd29baa5ace930ec	4	f	PROPOSAL	\N	\N	9	t	26	2026-12-02 06:49:39.645369	demo-office	2026-12-02 06:49:39.688061	2	REHANDLING	33	关于保障农村饮水安全的提案	NORMAL	9	2026	1	0	0	1	1	1	1	1	1	C	UNSATISFIED	0
587	2026-12-02 06:49:39.736899	2026-12-02 06:49:39.727648	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-01-02	ca7ab1d9f0ebdf14372ee3a0878f226de2bb91ddd4f9034f03e32ba9a65cab64	5	f	SUGGESTION	\N	\N	19	f	26	2026-12-02 06:49:39.724977	demo-office	2026-12-02 06:49:39.767694	2	CONSULTATION	26	关于提升乡镇卫生院诊疗能力的建议	NORMAL	14	2026	1	0	0	0	1	1	1	2	2	C	UNSATISFIED	0
665	2026-12-02 06:49:39.871695	2026-12-02 06:49:39.850222	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	2027-03-02	3b3304a1031a61c6864f1b374869905a44fe15d7af3a866cbfcae91334911ff3	6	t	SUGGESTION	demo-leader	\N	20	t	27	2026-12-02 06:49:39.847691	demo-office	2026-12-02 06:49:39.900147	1	FOLLOW_UP	27	关于增设公共停车位的建议	NORMAL	12	2026	1	0	1	1	1	1	1	1	1	B	SATISFIED	1
728	2026-12-02 06:49:39.929863	2026-12-02 06:49:39.924195	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-03-02	44a8fd6a20b2010bc54b69786089ec9c0f6c82c44b1dab97c400a126741e5bf2	7	f	PROPOSAL	\N	\N	10	f	26	2026-12-02 06:49:39.92003	demo-office	2026-12-02 06:49:39.953721	1	CLOSED	36	关于关爱农村留守儿童的提案	NORMAL	9	2026	1	0	1	1	1	1	1	1	1	C	BASICALLY_SATISFIED	1
757	\N	\N	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	\N	35a54258883336211cf47de62cd31f5d8c237939aa16c47c1ed4009e83b81d25	\N	f	SUGGESTION	\N	\N	21	t	0	2026-12-02 06:49:39.97077	demo-office	\N	1	REGISTERED	29	关于改善农村学校午餐条件的建议	NORMAL	1	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
759	\N	2026-12-02 06:49:39.977352	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-03-02	98e5b0350e50d783bb44a1a866df69c52a831928abeeb008d5038265fac19852	3	f	SUGGESTION	\N	\N	22	f	0	2026-12-02 06:49:39.974808	demo-office	\N	1	ASSIGNED	30	关于修缮通村公路的建议	NORMAL	2	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
765	2026-12-02 06:49:40.006069	2026-12-02 06:49:39.987451	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-03-02	86ad1aacaf8f4ab7db03402eb4abbebd2fdc49defaa69e518d9515a0dbc5ab5d	4	f	PROPOSAL	\N	\N	11	t	35	2026-12-02 06:49:39.982317	demo-office	\N	1	HANDLING	33	关于保障农村饮水安全的提案	NORMAL	7	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
809	2026-12-02 06:49:40.124365	2026-12-02 06:49:40.117718	我县社会保障方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	社会保障	2027-03-02	c3f9665fc4cb81faea4195b8ecb8cd27677f0aa56a77a606fb3fe74dbb664880	7	t	PROPOSAL	demo-leader	\N	12	f	10	2026-12-02 06:49:40.113814	demo-office	2026-12-02 06:49:40.146531	1	REPLIED	36	关于关爱农村留守儿童的提案	NORMAL	8	2026	1	0	0	1	1	0	1	1	1	C	\N	0
783	2026-12-02 06:49:40.052264	2026-12-02 06:49:40.045448	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-01-02	c38b85b0141ae8b82e9ac6d8785bec3ffb99d6e4211e56f234b0e75b886f3d37	5	f	SUGGESTION	\N	\N	23	f	10	2026-12-02 06:49:40.041423	demo-office	\N	1	REPLY_APPROVED	24	关于提升乡镇卫生院诊疗能力的建议	URGENT	6	2026	0	0	0	0	0	0	0	0	0	\N	\N	0
795	2026-12-02 06:49:40.08446	2026-12-02 06:49:40.076995	我县城乡建设方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	城乡建设	2027-03-02	d54711bc2c6d6ec71dcf2ba01f1e2519161f833eac9ffdf2727ac1f00d32fd8f	6	f	SUGGESTION	\N	\N	24	t	10	2026-12-02 06:49:40.073223	demo-office	\N	1	UNDER_REVIEW	25	关于增设公共停车位的建议	NORMAL	7	2026	0	0	0	1	0	0	0	0	0	\N	\N	0
826	2026-12-02 06:49:40.181368	2026-12-02 06:49:40.160942	我县教育方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	教育	2027-01-02	f9029184286095abde6976d13feb10fd8185a3fe41bc834bc71186e0a0a056ae	2	f	SUGGESTION	\N	\N	25	t	27	2026-12-02 06:49:40.156989	demo-office	2026-12-02 06:49:40.197816	2	REHANDLING	27	关于改善农村学校午餐条件的建议	NORMAL	12	2026	1	1	0	0	1	1	1	1	1	A	UNSATISFIED	0
854	2026-12-02 06:49:40.21496	2026-12-02 06:49:40.210846	我县交通方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	交通	2027-01-02	0af9979ad42775406af0ccb1318a5a6712fac1cf8943c1842d8b6c83a0741ac5	3	f	SUGGESTION	\N	\N	26	f	26	2026-12-02 06:49:40.208489	demo-office	2026-12-02 06:49:40.229976	2	CONSULTATION	28	关于修缮通村公路的建议	NORMAL	14	2026	1	0	0	1	1	1	1	2	2	C	UNSATISFIED	0
890	2026-12-02 06:49:40.270789	2026-12-02 06:49:40.267236	我县农业农村方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	农业农村	2027-03-02	36380b6fab975c1ca4787c5f548e2c0371717da8fd6ccee25a225f05f858cb08	4	f	PROPOSAL	\N	\N	13	t	26	2026-12-02 06:49:40.264893	demo-office	2026-12-02 06:49:40.286791	1	FOLLOW_UP	33	关于保障农村饮水安全的提案	NORMAL	9	2026	1	0	1	1	1	1	1	1	1	B	SATISFIED	1
913	2026-12-02 06:49:40.305987	2026-12-02 06:49:40.301776	我县医疗卫生方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。	医疗卫生	2027-03-02	dfdfee8f842b582c6bf6263658d3980c3f1772a2fd244433050ffe86cbcc402e	5	f	SUGGESTION	\N	\N	27	f	26	2026-12-02 06:49:40.299752	demo-office	2026-12-02 06:49:40.322069	1	CLOSED	30	关于提升乡镇卫生院诊疗能力的建议	NORMAL	9	2026	1	1	1	0	1	1	1	1	1	A	BASICALLY_SATISFIED	1
\.


--
-- Data for Name: banli_item_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_item_event (id, action, actor, event_at, fromstatus, reason, seal, tostatus, item_id) FROM stdin;
38	REGISTER	demo-office	2026-12-02 06:49:37.951824	\N	\N	98811be34b1b8753c7a4b6111527e2458b3bad6753ce8a4fd757ccdddcc3bbb7	REGISTERED	37
40	REGISTER	demo-office	2026-12-02 06:49:38.01039	\N	\N	07adfba5e21a4d241c502471e993902e320b8806d1b5fcd4df9108894068e47e	REGISTERED	39
41	ASSIGN	demo-office	2026-12-02 06:49:38.021257	REGISTERED	按职责交办	298ef3027bc8b20f0be9959d27f354a2a855f93b8135d537c2c5ea2541fc85ae	ASSIGNED	39
46	REGISTER	demo-office	2026-12-02 06:49:38.086671	\N	\N	e97f0a216bed7d22a2227d43c1adf556d4db76af92eea0e7fb8456414099009c	REGISTERED	45
47	ASSIGN	demo-office	2026-12-02 06:49:38.100122	REGISTERED	按职责交办	d4ae1bc66d30353c7940e3078947751636fa0bc696a7112221bb3dd1978711db	ASSIGNED	45
51	ACCEPT	slj-staff	2026-12-02 06:49:38.127222	ASSIGNED	\N	a2e1b2d9e7107d27d711318facfbcbf7ea82d1b564d095896e77780badeba3e3	HANDLING	45
52	RECORD_CONTACT	slj-staff	2026-12-02 06:49:38.143669	HANDLING	办前登门拜访 2026-12-02	baaeb3cf49c4068f4ab43c3ee21f6ad8a67a517561592c192c54593302fde28d	HANDLING	45
54	ISSUE_NOTICE	demo-duban	2026-12-02 06:49:38.173495	HANDLING	督办县水利局，2026-12-09前反馈	688ddf23f9683dc2e74a0386a15681e6fb12025c79b9957eadb2b23de48bb9a6	HANDLING	45
59	REGISTER	demo-office	2026-12-02 06:49:38.206861	\N	\N	0fb2dd6ac56de824d29692e98f808f3eca53eadb56b886312b7bbb63bbbc9355	REGISTERED	58
60	ASSIGN	demo-office	2026-12-02 06:49:38.214824	REGISTERED	按职责交办	2fc2e540cf065831c1e2e1e1b805466c21bc938d4de4cb311fc186730489a05c	ASSIGNED	58
64	ACCEPT	wjj-staff	2026-12-02 06:49:38.230252	ASSIGNED	\N	03a0a5cb123525b15806f458774ed547378054ae60b979980ae1a8b2728088bc	HANDLING	58
65	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:38.23762	HANDLING	办前电话 2026-12-02	a9d7fc576f082f793768ce85f74791dfae50fc2b8c5968f8838e4a366e8ad8f7	HANDLING	58
67	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:38.257043	HANDLING	A类	1f7ec4e8a47faf9bfb1d76ca755663a829b00848433cd2bc62cadd2e3035c543	HANDLING	58
69	APPROVE_REPLY	wjj-head	2026-12-02 06:49:38.286124	HANDLING	\N	291aa6cc706581df2edd83adafe41530636e48ebcf20ee748835c0c28e0527e0	REPLY_APPROVED	58
71	REGISTER	demo-office	2026-12-02 06:49:38.322497	\N	\N	185418644b75c772871f4c3c4a8faebc1739dd8db6909b6d4cb04a6152bf59e9	REGISTERED	70
72	ASSIGN	demo-office	2026-12-02 06:49:38.332884	REGISTERED	按职责交办	d2e82b291f5a72f563822927a2f719a434eff45527624f84490bbfd3cf264a8d	ASSIGNED	70
79	ACCEPT	mzj-staff	2026-12-02 06:49:38.364663	ASSIGNED	协办单位县民政局签收	7d669966fbcf2a6b91685c5b74537f596c81305e75461a30002b8945ae40edb6	ASSIGNED	70
80	CO_UNIT_OPINION	mzj-staff	2026-12-02 06:49:38.378715	ASSIGNED	协办单位县民政局	ef594c479180eb4b13e73072f8ef040c92962b368777fb8fac3849a5b02f5e3f	ASSIGNED	70
81	ACCEPT	zjj-staff	2026-12-02 06:49:38.390707	ASSIGNED	\N	e0bb2ac352af05492cfea06943ea6964ebb529bf09c7571a673dc19c400b6a2b	HANDLING	70
82	RECORD_CONTACT	zjj-staff	2026-12-02 06:49:38.401789	HANDLING	办前登门拜访 2026-12-02	6d414b868d1dcb3cc3b43d098eb1d19e2d275ea082d7f926bb31e6784c82db0c	HANDLING	70
84	DRAFT_REPLY	zjj-staff	2026-12-02 06:49:38.415113	HANDLING	B类	b666dc3788cc0518a4831285a3102c8c91fe77215063d7432865108b802779fb	HANDLING	70
87	COUNTERSIGN	mzj-staff	2026-12-02 06:49:38.430033	HANDLING	协办单位县民政局会签	069a0e7e390ec3cb18550354e116d53ee09411892bf9656d2f496bab49edd70a	HANDLING	70
88	APPROVE_REPLY	zjj-head	2026-12-02 06:49:38.448916	HANDLING	\N	266046e8045204073962c4113f34518213deab8f2d1d285325063d56fa883fe8	REPLY_APPROVED	70
89	SUBMIT_REPLY	zjj-staff	2026-12-02 06:49:38.468186	REPLY_APPROVED	\N	3f32b10b55f413f137a645e59f96b66a211a3c6ff4650b9d53dcdb1a0b7af99c	UNDER_REVIEW	70
91	REGISTER	demo-office	2026-12-02 06:49:38.501247	\N	\N	f521b0335e65cfca9df235f2f8b31260a037f42632adb5889d2f434b39246761	REGISTERED	90
92	ASSIGN	demo-office	2026-12-02 06:49:38.508014	REGISTERED	按职责交办	8e8934ed20542102024f73c405d174ff42202022e97f30fe126aa4b22a3fa63a	ASSIGNED	90
96	ACCEPT	mzj-staff	2026-12-02 06:49:38.5213	ASSIGNED	\N	7d8e6f6abfe5933eb5512c2b1aec99d5c4f5b23f8249083093447a60b17c6153	HANDLING	90
97	RECORD_CONTACT	mzj-staff	2026-12-02 06:49:38.538577	HANDLING	办前登门拜访 2026-12-02	97e2e7d9b0a0b919fc706e5dd5a5713c162e641cbb3e8c4956c0c67e1c7d0b6b	HANDLING	90
99	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:38.550718	HANDLING	C类	5e2777dc8b7d6185152eaa2ac87f9cfdbe025995c3af3010539f192d29da493c	HANDLING	90
101	APPROVE_REPLY	mzj-head	2026-12-02 06:49:38.563953	HANDLING	\N	14a88228f258015527a68abc4183f974642ae648575032a721182162b75d16ee	REPLY_APPROVED	90
102	SUBMIT_REPLY	mzj-staff	2026-12-02 06:49:38.575335	REPLY_APPROVED	\N	5b3fa3739332db50fdc35b72b421ea65ce92092045f9060236a71c418ed68cea	UNDER_REVIEW	90
103	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.587476	UNDER_REVIEW	审核通过（首次提交即通过）	01b4f45fc8a347f3601306d9a1a6cac51c3ee862ab341b8ad196a794f6cc229b	REPLIED	90
108	REGISTER	demo-office	2026-12-02 06:49:38.618107	\N	\N	cad2b7fe5f0d4c160561fa14b442906ee8ca21e8860a6aa06a78b072eedae502	REGISTERED	107
109	ASSIGN	demo-office	2026-12-02 06:49:38.624777	REGISTERED	按职责交办	47edfe3e0642ded28a5f1df0b7948b5b9f8364f30c46410b58b742cd60234e8f	ASSIGNED	107
113	ACCEPT	jyj-staff	2026-12-02 06:49:38.64119	ASSIGNED	\N	7e59256de7dbfbf84b84adbb39318d00cb934e6641f47847769aa30f925bac25	HANDLING	107
114	RECORD_CONTACT	jyj-staff	2026-12-02 06:49:38.649977	HANDLING	办前电话 2026-12-02	52fcc8a65f11c8f52deba37d24916c09e9f5a2415a9b7572456a1612b7a1de80	HANDLING	107
116	DRAFT_REPLY	jyj-staff	2026-12-02 06:49:38.660109	HANDLING	A类	a8ddeb139bee6ba1f6726d86f69281ef5701a36ae44228b7d6fecc43f2f3a771	HANDLING	107
118	APPROVE_REPLY	jyj-head	2026-12-02 06:49:38.669745	HANDLING	\N	77a3d611e4f349e783941897b8c58f5e1ca546f0b629302ff9a1b37499ea53ad	REPLY_APPROVED	107
119	SUBMIT_REPLY	jyj-staff	2026-12-02 06:49:38.684785	REPLY_APPROVED	\N	bf029018e2d96cbae3f5454555f8fd27bf733a111ecc38439bcbea814e6ff2e0	UNDER_REVIEW	107
120	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.695797	UNDER_REVIEW	审核通过（首次提交即通过）	b5ae035f5cf6ebbaaee92267ee7d846fa2df4c85f2a47c3bc388349cb60d212b	REPLIED	107
124	RATE	deputy07	2026-12-02 06:49:38.723339	REPLIED	不满意，重新办理	f1c140ad2d25b875fc66f088b17a27ddee2a636c753744a90ef63e3135693e63	REHANDLING	107
130	REGISTER	demo-office	2026-12-02 06:49:38.750779	\N	\N	d7efc5e61f416ddbb2887fee2a5cf175edfaa2c93b5c190baa7d3651e9c6a460	REGISTERED	129
131	ASSIGN	demo-office	2026-12-02 06:49:38.753644	REGISTERED	按职责交办	14e33df1bcbcab56b91c0f186dcf6ad17642b2ebb58bd17f73723aad799a9c63	ASSIGNED	129
135	ACCEPT	jtj-staff	2026-12-02 06:49:38.760834	ASSIGNED	\N	402110cb23f9f2795775de293f01ef0db72b29cc74b43a81801a401b4ff718df	HANDLING	129
136	RECORD_CONTACT	jtj-staff	2026-12-02 06:49:38.763456	HANDLING	办前登门拜访 2026-12-02	a772d070afe6b8ec63bb36fbde56c1e1d0ceb5dbf625a9bc929f14681cdcc573	HANDLING	129
138	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:38.766495	HANDLING	B类	f3fcc3f5cfbc4be844e88adf083b35b0a8a15070e3845ce733cbf935342bc4f3	HANDLING	129
141	APPROVE_REPLY	jtj-head	2026-12-02 06:49:38.770889	HANDLING	\N	e6f8a6f113b3f668c24d1a93dd3126a2b1a4b7e157cf3b9d24cce980df89e4a9	REPLY_APPROVED	129
142	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:38.776217	REPLY_APPROVED	\N	00bbf3570944a3b7faefc0a63e5cc57f8af75b290504820fd781669d7e8855e7	UNDER_REVIEW	129
143	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.780167	UNDER_REVIEW	审核通过（首次提交即通过）	f04ea4b26655e69e9a330a939a37c592f47fc0640254bb81b6679093a7d16892	REPLIED	129
147	RATE	deputy08	2026-12-02 06:49:38.786171	REPLIED	不满意，重新办理	0a9b1afd9d53f985d31be01b3083dc0594f9025699329f6fcf50c69f5b77bb87	REHANDLING	129
152	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:38.792879	REHANDLING	C类	f4c6660b0f4d93e28b79d11752cd540cdb72be7080a9e185711af2d50d8e06a3	REHANDLING	129
154	APPROVE_REPLY	jtj-head	2026-12-02 06:49:38.801662	REHANDLING	\N	2896339d366263b6f2160b0d6eb5413307ccae4cc7d94a08f9cfda1c44c6630f	REPLY_APPROVED	129
155	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:38.811695	REPLY_APPROVED	\N	02a868ccfa84639a1a432bd43351abdcedcaff3cd64d743b2e42490c66d829ce	UNDER_REVIEW	129
156	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.82393	UNDER_REVIEW	审核通过（首次提交即通过）	fd90986a1db0a147281b2a5436b67645208b54369fd0552e3eec9054cec15738	REPLIED	129
160	RATE	deputy08	2026-12-02 06:49:38.839185	REPLIED	重新办理后仍不满意，待当面协商	b65bef9434398b565f90a1394d93980b2d4bfacc5cebed2d3729283db87f4d6c	CONSULTATION	129
166	REGISTER	demo-office	2026-12-02 06:49:38.852094	\N	\N	38cfffb9679c3f4c779f8ae6c8ac77587c935f94aec3d16e4f3eb98a3acfcb76	REGISTERED	165
167	ASSIGN	demo-office	2026-12-02 06:49:38.855868	REGISTERED	按职责交办	23f2620a145d9268fc934174656266debc043830d6d14d008e0fc87afce04656	ASSIGNED	165
174	ACCEPT	wjj-staff	2026-12-02 06:49:38.864515	ASSIGNED	协办单位县卫生健康局签收	0ed71048826dcc5540cdf8561a9ce7c8e7088c872d205353eed8216b5e6f7d7e	ASSIGNED	165
175	CO_UNIT_OPINION	wjj-staff	2026-12-02 06:49:38.86907	ASSIGNED	协办单位县卫生健康局	74a64278e7ad4259d0b1242dac3ba02e7eb4ce811a8256240369af2249f86c62	ASSIGNED	165
176	ACCEPT	slj-staff	2026-12-02 06:49:38.873891	ASSIGNED	\N	515953587cf0945f1a111b4bdfbface25072a2e28751380aaddc7e521bb0f63a	HANDLING	165
177	RECORD_CONTACT	slj-staff	2026-12-02 06:49:38.877363	HANDLING	办前登门拜访 2026-12-02	f1faa4566a998f8a08009061fb44a7f4717d642848710d6febbb5764fa8ff643	HANDLING	165
179	DRAFT_REPLY	slj-staff	2026-12-02 06:49:38.881456	HANDLING	B类	804f64f2a806e07f5bd88d008d107aa5733910e4eba510ddbf37b1fc63b2afa6	HANDLING	165
182	COUNTERSIGN	wjj-staff	2026-12-02 06:49:38.886217	HANDLING	协办单位县卫生健康局会签	f1dc6e68efa54f1622d02d33060c5c3913d6aa0cefe4ff7f9469e57265c8643e	HANDLING	165
183	APPROVE_REPLY	slj-head	2026-12-02 06:49:38.893136	HANDLING	\N	e4053a6a9a8b5c0b3706476745a2ac0c2a2ccedead4ae8b44cfb11a7c5729a7a	REPLY_APPROVED	165
184	SUBMIT_REPLY	slj-staff	2026-12-02 06:49:38.898629	REPLY_APPROVED	\N	6d2c1516e1749d411c8dd3fab321b52cd206abf7d2b2d29dcabece55b33410a0	UNDER_REVIEW	165
185	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.910335	UNDER_REVIEW	审核通过（首次提交即通过）	728107ffdb865011918fc56cc7b7f5bce8f9108065dcb2fea0de26341687115e	REPLIED	165
189	RATE	member03	2026-12-02 06:49:38.926562	REPLIED	满意	9c9b18a9cee8323c9ba0907bc3b1d6d59055ba4aa85de1ddfbeca8423bea8b50	FOLLOW_UP	165
195	REGISTER	demo-office	2026-12-02 06:49:38.956557	\N	\N	b62ebdf8e4c1b7171a3d3dfc3e050d61c927236a8475a6e98cf4045edea24cd5	REGISTERED	194
196	ASSIGN	demo-office	2026-12-02 06:49:38.966461	REGISTERED	按职责交办	1b6094239c4cf9125c44bef7d1d41faf1b0414a7480fb451e53c55efef9c29d5	ASSIGNED	194
200	ACCEPT	wjj-staff	2026-12-02 06:49:38.977031	ASSIGNED	\N	afa91ee34d3d162694bcb715ca2a39c485b9faea3d1c98d833ba0e003887e914	HANDLING	194
201	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:38.980697	HANDLING	办前电话 2026-12-02	6990abc02e2bf73204d8a7547049792fadbcfff6747a30428167391613dba03c	HANDLING	194
203	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:38.984281	HANDLING	A类	46778346925ad251328b501e48af6ac389563eedfce7773d15c8b349e023a059	HANDLING	194
205	APPROVE_REPLY	wjj-head	2026-12-02 06:49:38.988932	HANDLING	\N	fdfce09000e6b2e4f9cde42f9dc361eb4146f90cd86cc7b902572caef84228fc	REPLY_APPROVED	194
206	SUBMIT_REPLY	wjj-staff	2026-12-02 06:49:38.993647	REPLY_APPROVED	\N	355b1f0ab6cf799f43698a5d17fc1a848b2d4edd9c410c81cddba37d3c787b17	UNDER_REVIEW	194
207	REVIEW_REPLY	demo-office	2026-12-02 06:49:38.998265	UNDER_REVIEW	审核通过（首次提交即通过）	b5c5fbe3ad85941b961e5544da6dfaf481b14c05d4498981936f1f90eb97bbc7	REPLIED	194
211	RATE	deputy02	2026-12-02 06:49:39.00522	REPLIED	基本满意	77fff4027df98510ecbc08248e7e99a4707b4f154d1b75f72a1a32e06b5de1ca	CLOSED	194
217	REGISTER	demo-office	2026-12-02 06:49:39.015571	\N	\N	589000393812bd499a46e73202a99a8ed83f871eea0bdaca121603fd79be27e2	REGISTERED	216
219	REGISTER	demo-office	2026-12-02 06:49:39.019163	\N	\N	307541c8d202aab82ce23915daef01302d43a82b84adf9f1b423711fe543e4b3	REGISTERED	218
220	ASSIGN	demo-office	2026-12-02 06:49:39.022435	REGISTERED	按职责交办	7cdbda67fd24d4dc17d3bde548c4e4844150ec572bf4a2e133d66b6ea19dea23	ASSIGNED	218
225	REGISTER	demo-office	2026-12-02 06:49:39.028926	\N	\N	8705fc3d7bc0dba3e120bd6645ca2d42303ab865800e96c732b699f00bdd0d14	REGISTERED	224
226	ASSIGN	demo-office	2026-12-02 06:49:39.031416	REGISTERED	按职责交办	9b98c92d5e1d1ce6a03eff55d154d3d2a78d44e4169ba586e2b5740e05986769	ASSIGNED	224
233	ACCEPT	jtj-staff	2026-12-02 06:49:39.038236	ASSIGNED	协办单位县交通运输局签收	094299f005933a06dab09957836fdce749ac42ea053aa6a7be6e7f33c2282d7d	ASSIGNED	224
234	CO_UNIT_OPINION	jtj-staff	2026-12-02 06:49:39.041171	ASSIGNED	协办单位县交通运输局	e00f2cd37fa2a3cf420a0023de1658c8973a7a9a9b3f4530637e3feee4f974e7	ASSIGNED	224
235	ACCEPT	jyj-staff	2026-12-02 06:49:39.049144	ASSIGNED	\N	de18420b90b6288ab0be54b7721324ba09c2dd6ad11a77807cda482f1e858047	HANDLING	224
236	RECORD_CONTACT	jyj-staff	2026-12-02 06:49:39.059135	HANDLING	办前电话 2026-12-02	10d5868b3a4c851bf4aa59c69d5698729aba254b71349bb54d8850be1a8cfc10	HANDLING	224
238	ISSUE_NOTICE	demo-duban	2026-12-02 06:49:39.062794	HANDLING	督办县教育局，2026-12-09前反馈	e7dea52081914fbe8a0f28930cdd4978c32f17c8cd07d3e663b89ba48cd36496	HANDLING	224
243	REGISTER	demo-office	2026-12-02 06:49:39.072023	\N	\N	012448ed92b4c045d61a1b2cf45559e04d704ecaaf00b2e6eb704c7e3791e652	REGISTERED	242
244	ASSIGN	demo-office	2026-12-02 06:49:39.074882	REGISTERED	按职责交办	1d808ac36cb8825efab3f6d3a15b6db870eb22f556327d80988c4c56b199ebb3	ASSIGNED	242
248	ACCEPT	jtj-staff	2026-12-02 06:49:39.080256	ASSIGNED	\N	56b1bfa75076a476d143a176d08c38bb5b6fe1fd90605fec1b3ba91737e1e59d	HANDLING	242
249	RECORD_CONTACT	jtj-staff	2026-12-02 06:49:39.082871	HANDLING	办前登门拜访 2026-12-02	6ac835cf255841239ab349f2ee863d6ce42e3f97f6e8beebc0d3a15fa952eb9a	HANDLING	242
251	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:39.086181	HANDLING	B类	a3961820e9d1ea7e825fd8515ed2e07e85d30dcc7b462ec0e2328f900abfc675	HANDLING	242
254	APPROVE_REPLY	jtj-head	2026-12-02 06:49:39.089793	HANDLING	\N	c6c958286b6546d044061216115ed4d9e8233e2fd322f69e9d1086d24614c582	REPLY_APPROVED	242
256	REGISTER	demo-office	2026-12-02 06:49:39.099949	\N	\N	7129bc5f3b3c95a344d9a603730c34d66ec24e057c15d18129f06748c4d004f0	REGISTERED	255
257	ASSIGN	demo-office	2026-12-02 06:49:39.10267	REGISTERED	按职责交办	904c912f82f448e849a0d9d93dee9883bf2e3af6dcdf9055b03788db63c70265	ASSIGNED	255
261	ACCEPT	slj-staff	2026-12-02 06:49:39.106812	ASSIGNED	\N	1ebf8482adfd4b4f1bdc3553eb0d7b845642017b2ebea5ec88297c479ad2631b	HANDLING	255
262	RECORD_CONTACT	slj-staff	2026-12-02 06:49:39.109563	HANDLING	办前登门拜访 2026-12-02	752817ec01303cb5c4b8cf9c81add42a6fc9ba2a5f9c05852cce501740108b23	HANDLING	255
264	DRAFT_REPLY	slj-staff	2026-12-02 06:49:39.112889	HANDLING	C类	1bb18671db1ea5c2c5f31902c5b028009dcbc2d7ab5482995a618521d96dd2f3	HANDLING	255
266	APPROVE_REPLY	slj-head	2026-12-02 06:49:39.116679	HANDLING	\N	dacb1a9811bd3a8e6293aabb5b719e2b8f127d22f406c17a33bda4536b8c4e4b	REPLY_APPROVED	255
267	SUBMIT_REPLY	slj-staff	2026-12-02 06:49:39.124349	REPLY_APPROVED	\N	de04795435a0fbc131ab33f776e7704fb84939c92ef967119e3c8ca650e854bc	UNDER_REVIEW	255
269	REGISTER	demo-office	2026-12-02 06:49:39.14022	\N	\N	c3df80902dfc8c7da37c9bd483e7c0222694e42b2cd83a45603fc9fb087f772b	REGISTERED	268
270	ASSIGN	demo-office	2026-12-02 06:49:39.143313	REGISTERED	按职责交办	72a32fc4f881ff515ada14fce8c0967a81b96353847d5c862ce591720a9f059c	ASSIGNED	268
274	ACCEPT	wjj-staff	2026-12-02 06:49:39.150107	ASSIGNED	\N	2adb6092e08971206c89b8433093a7c59faaa7313caa5a39bf63813525f2bc71	HANDLING	268
275	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:39.152902	HANDLING	办前电话 2026-12-02	0509cefbe7c504204fb601f2e39e88ca7e009d3c6545a2b4645e014539151884	HANDLING	268
277	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:39.155956	HANDLING	A类	4ccf24a26d82d6b8ab9a54a4e8b9413f4e15b014a0ea6846b3e77cb64f8a04f5	HANDLING	268
279	APPROVE_REPLY	wjj-head	2026-12-02 06:49:39.159857	HANDLING	\N	b14e568e2797d000b3e859e44fc4c5c4c1139db30f0d8699a25e730e2311a0db	REPLY_APPROVED	268
280	SUBMIT_REPLY	wjj-staff	2026-12-02 06:49:39.164788	REPLY_APPROVED	\N	acefa7b76f890b210a3f274c780a7d460e8601b55cfa81d76927b83bb3fa5994	UNDER_REVIEW	268
281	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.169303	UNDER_REVIEW	审核通过（首次提交即通过）	c76b33eda583f7c24766b25d9147d97207100f9e1b3335e0c485adb3ef326d5a	REPLIED	268
286	REGISTER	demo-office	2026-12-02 06:49:39.178632	\N	\N	7ed8b65538ba3710eec328508940ad95a6ca227145585d6a04329159dbde6c26	REGISTERED	285
287	ASSIGN	demo-office	2026-12-02 06:49:39.181916	REGISTERED	按职责交办	ac468a6596122958f0014ea407be281a959e98de9deec45bd6a17ecdb089583a	ASSIGNED	285
294	ACCEPT	mzj-staff	2026-12-02 06:49:39.188929	ASSIGNED	协办单位县民政局签收	25283507d56a8bb07cc588318d959586e26866a88f7570d517be1dabac37c198	ASSIGNED	285
295	CO_UNIT_OPINION	mzj-staff	2026-12-02 06:49:39.192408	ASSIGNED	协办单位县民政局	dbd63d09848dca0d87c56eab3c18afe6e5e9b2f6162585e744f8619fc69c6d39	ASSIGNED	285
296	ACCEPT	zjj-staff	2026-12-02 06:49:39.195663	ASSIGNED	\N	392f150b24aec265678d1e958422457b376efb488209de6f0be78ae6d92fa486	HANDLING	285
297	RECORD_CONTACT	zjj-staff	2026-12-02 06:49:39.198356	HANDLING	办前登门拜访 2026-12-02	a798fd584dd309e223333b9de8790f3d1b437539470493df97c6bbb08c3f1dfb	HANDLING	285
299	DRAFT_REPLY	zjj-staff	2026-12-02 06:49:39.201575	HANDLING	B类	26c001da78bd1e1a16fddfbd554f7cfeed6343862722c039b22ced446e4474fd	HANDLING	285
302	COUNTERSIGN	mzj-staff	2026-12-02 06:49:39.205912	HANDLING	协办单位县民政局会签	39de8ed4bc4a74b74f2f76556582557b4203c2f75073e940beeaa5b1dd835249	HANDLING	285
303	APPROVE_REPLY	zjj-head	2026-12-02 06:49:39.21031	HANDLING	\N	a4af44952fbbeb2bf036b372b3552c0e5c9c1ca7b277e70dc76509a0c2b86a26	REPLY_APPROVED	285
304	SUBMIT_REPLY	zjj-staff	2026-12-02 06:49:39.214962	REPLY_APPROVED	\N	32e76ad6b34491b22a06437868f6dd103fd6cf5aa65d6eb53728baab300ad0e1	UNDER_REVIEW	285
305	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.219235	UNDER_REVIEW	审核通过（首次提交即通过）	1a05b4649e87c9f03d3015a5c67e6aed6c6f8a0418a6c3c58f7362d5bdbe5927	REPLIED	285
309	RATE	deputy01	2026-12-02 06:49:39.22545	REPLIED	不满意，重新办理	f9f39983ca3a3d74c8a79a160c7a22874bf182a789dca4e7c8e08c807c66c7ce	REHANDLING	285
315	REGISTER	demo-office	2026-12-02 06:49:39.234704	\N	\N	cfdae0d39fa90a794bc4901ace273c1c83e69a5df9c4f9156dd20ba0b9df2712	REGISTERED	314
316	ASSIGN	demo-office	2026-12-02 06:49:39.237174	REGISTERED	按职责交办	34cc2596d4f590831d87b243d8f82a0cd11217afe814dce90cfe9345fe531377	ASSIGNED	314
320	ACCEPT	mzj-staff	2026-12-02 06:49:39.241869	ASSIGNED	\N	4aa2a8abe2e673e74f9355e96cc7c784088116f9abdf031f24cd6e8b56ab4e44	HANDLING	314
321	RECORD_CONTACT	mzj-staff	2026-12-02 06:49:39.244209	HANDLING	办前登门拜访 2026-12-02	463d9b53e32712e855cde9d681b00e1af71693b5c4202aebfbd8226cb166e518	HANDLING	314
323	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:39.246864	HANDLING	C类	93f2e98071aff817a73b8294599d614c3355d26f3f5ab115a1e487240d04f591	HANDLING	314
325	APPROVE_REPLY	mzj-head	2026-12-02 06:49:39.249953	HANDLING	\N	afd74097e2e1812003753ff32ca69f1cbe1ad80dd0957ec793ff3ffeeaf15b03	REPLY_APPROVED	314
326	SUBMIT_REPLY	mzj-staff	2026-12-02 06:49:39.254379	REPLY_APPROVED	\N	fc5544544fac77ee3806dca6442728c726f58a891aafa82692febd54140c6afb	UNDER_REVIEW	314
327	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.258124	UNDER_REVIEW	审核通过（首次提交即通过）	22054a5432dde857938226260f37f47423418e884decb80c9d8235e92f96dad9	REPLIED	314
331	RATE	member06	2026-12-02 06:49:39.2638	REPLIED	不满意，重新办理	8912696d612ee0973038ea4cc78e9554ae9d1b4f6ed9d40b0f2cefa93345d651	REHANDLING	314
336	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:39.271598	REHANDLING	C类	9967c3fd9226b5abe150ac02994023c5169e372c3a4e24816f1a8cc9a76982af	REHANDLING	314
338	APPROVE_REPLY	mzj-head	2026-12-02 06:49:39.275612	REHANDLING	\N	47e282183803d0283250abe8c691496961ec71deeba8ba2fc8657207aaa322a0	REPLY_APPROVED	314
339	SUBMIT_REPLY	mzj-staff	2026-12-02 06:49:39.2792	REPLY_APPROVED	\N	4f863f72281870509ca1927270a5d69014e384740046c3929e68878133d017e9	UNDER_REVIEW	314
340	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.28263	UNDER_REVIEW	审核通过（首次提交即通过）	7f9ce17e00de52c8de37c0c98b20e9cd642f92f57ea9dbcb48a1460fb817fe87	REPLIED	314
344	RATE	member06	2026-12-02 06:49:39.292712	REPLIED	重新办理后仍不满意，待当面协商	0258b73d550d0b274173c071de329f10a30853ad05dcd4fdb13612f29ac42607	CONSULTATION	314
350	REGISTER	demo-office	2026-12-02 06:49:39.300855	\N	\N	948253528f3b65388235a7c74ff716b724ae407bb2a8ec0504242dbca739c7a6	REGISTERED	349
351	ASSIGN	demo-office	2026-12-02 06:49:39.303354	REGISTERED	按职责交办	e8922e1585f956e4781d2419d249ee6727e3a86d2457724453f905bfd73a361e	ASSIGNED	349
355	ACCEPT	jyj-staff	2026-12-02 06:49:39.307779	ASSIGNED	\N	04d8424e9320ac5ad3e8055c30f548a5f71ea6e4aa63447ff0b5d016b51ca2e7	HANDLING	349
356	RECORD_CONTACT	jyj-staff	2026-12-02 06:49:39.309831	HANDLING	办前电话 2026-12-02	68445115f34106493d99addb0f0c83ffb669c37e2a1c41f5cf9138af9cff09d9	HANDLING	349
358	DRAFT_REPLY	jyj-staff	2026-12-02 06:49:39.312332	HANDLING	B类	f325315fd08c2a90a040d9805a4333f45eac37171356c55fa740f544e11e98f2	HANDLING	349
361	APPROVE_REPLY	jyj-head	2026-12-02 06:49:39.316212	HANDLING	\N	69d998254ca940c627a79f30e42103912e8163b724a65aca04b326ace9eff18d	REPLY_APPROVED	349
362	SUBMIT_REPLY	jyj-staff	2026-12-02 06:49:39.320821	REPLY_APPROVED	\N	58c05ec3c4211da713313897d2126db992e9dbcaee0f406a1c12900fd1a8c973	UNDER_REVIEW	349
363	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.324136	UNDER_REVIEW	审核通过（首次提交即通过）	0577e0aa3e6475080b05d43990d25dbb5da4e178682712bb9e5703e7b65bec16	REPLIED	349
367	RATE	deputy03	2026-12-02 06:49:39.328737	REPLIED	满意	f8111b8c5f376c6d63bf9d3bca17898b42c9f32656bd1888ae1b0b5dc43692c2	FOLLOW_UP	349
373	REGISTER	demo-office	2026-12-02 06:49:39.335317	\N	\N	17c3e2db4de9f97ec904ca8f4d1ec2f62ccb8a4be02a4d455049029be54b2467	REGISTERED	372
374	ASSIGN	demo-office	2026-12-02 06:49:39.337432	REGISTERED	按职责交办	4c488693cab59835eb8844c4832de5c3180f3403b4bc10a12057b28c6b7a75fd	ASSIGNED	372
378	ACCEPT	jtj-staff	2026-12-02 06:49:39.3415	ASSIGNED	\N	964aefa5d4095ad184792653b21c11e27bf6882227836b365ebeb5d0529c8d58	HANDLING	372
379	RECORD_CONTACT	jtj-staff	2026-12-02 06:49:39.343736	HANDLING	办前登门拜访 2026-12-02	e82c7b6e36eed587507daf6b7b330c9bc088b9281bab45981bb836dca62ae8ea	HANDLING	372
381	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:39.346504	HANDLING	B类	e06e14bf9289725ba8633aad56ea8ed9d71c9ea766f6529cb51dc65875923bf6	HANDLING	372
384	APPROVE_REPLY	jtj-head	2026-12-02 06:49:39.350552	HANDLING	\N	c4fa18a9032e6f06db1491dd406da09c8c95a39f9c1c72606b99ce112cb340ba	REPLY_APPROVED	372
385	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:39.354238	REPLY_APPROVED	\N	a3e4cd1c460f6630e8dda9bd49169e6ebd3dcf0b8900881d17f68757e9b90834	UNDER_REVIEW	372
386	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.365352	UNDER_REVIEW	审核通过（首次提交即通过）	9d1aebbfc20569f566a05d7efaac4807f7a2eef7bd7e0a6d29a58dbc509a6b40	REPLIED	372
390	RATE	deputy04	2026-12-02 06:49:39.378788	REPLIED	基本满意	d7f80af24a70ea9d68099fa517bcd80f1d834f5291715a08189676c01ecbd6da	FOLLOW_UP	372
396	UPDATE_COMMITMENT	jtj-staff	2026-12-02 06:49:39.39147	FOLLOW_UP	已落实：年内完成相关项目建设	299541d51146405893efac602f146c2a59a92b6451512ae4a482c7a3ae804027	CLOSED	372
399	REGISTER	demo-office	2026-12-02 06:49:39.405702	\N	\N	f54e472c0b4eee12177a314be265d3c30f871055e88acfc33e9b2bb3d6b6bc3e	REGISTERED	398
402	REGISTER	demo-office	2026-12-02 06:49:39.411373	\N	\N	31d68d6052b6d4ffd8f559c2bdb2330bc5f380809b4c66cb09703c7cc5216d9e	REGISTERED	401
404	ASSIGN	demo-office	2026-12-02 06:49:39.416893	REGISTERED	按职责交办	54f6907f2cfb8714d416d86b9f6ff44a71e53853557c6b477e67eaf3f14cf9a2	ASSIGNED	401
410	REGISTER	demo-office	2026-12-02 06:49:39.424985	\N	\N	89cd7822817eba608eabd899431c4842527a72e5fb9957713ca1a6390427818d	REGISTERED	409
411	ASSIGN	demo-office	2026-12-02 06:49:39.428572	REGISTERED	按职责交办	f926954733de192846fcfc4d64749f0dda0819ef5d283527700ca1d4a86c3254	ASSIGNED	409
417	ACCEPT	zjj-staff	2026-12-02 06:49:39.43533	ASSIGNED	\N	ac56fbb3cb956a16ae596b8badf4ea42a17fd686c5f63ee86fd339582bab331a	HANDLING	409
418	RECORD_CONTACT	zjj-staff	2026-12-02 06:49:39.438931	HANDLING	办前登门拜访 2026-12-02	6eb3b2cd414640b3a3caeac3008a77c80654a40bf45641341fe73f46d0ac2f02	HANDLING	409
420	ISSUE_NOTICE	demo-duban	2026-12-02 06:49:39.441942	HANDLING	督办县住房和城乡建设局，2026-12-09前反馈	a9e5ce66014c129c0b50d626cf576306170bfbbcc407cb640d8a600237bb77e3	HANDLING	409
427	REGISTER	demo-office	2026-12-02 06:49:39.450109	\N	\N	7c5b0bad23375f9fcb114dfcc40d6e732713e13e401bb981bca47ab3c91f56fe	REGISTERED	426
429	ASSIGN	demo-office	2026-12-02 06:49:39.454249	REGISTERED	按职责交办	5ff0a3fc9bae87886e42f604d340fd2e60fac33bccfef3f38f2257c5bc243ec9	ASSIGNED	426
434	ACCEPT	mzj-staff	2026-12-02 06:49:39.459487	ASSIGNED	\N	80b3963867d3d2cc27adbdabd02501f0114ece5b0d99db7ed62df7326621f608	HANDLING	426
437	RECORD_CONTACT	mzj-staff	2026-12-02 06:49:39.467726	HANDLING	办前登门拜访 2026-12-02	65ff4f81461e5522c5c28a12265986d8b21cde1ff7d5d3c30fefc0481822cefc	HANDLING	426
442	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:39.47682	HANDLING	C类	343e50d844218fad4c1a9d0a1198b67632a7ddbb7ee6dad1c3d53e1578a83687	HANDLING	426
446	APPROVE_REPLY	mzj-head	2026-12-02 06:49:39.484478	HANDLING	\N	4a771d5b9b01e32d5a7af3de58ab87d23e4ea1b98a19e22e5984c909a8ba6777	REPLY_APPROVED	426
452	REGISTER	demo-office	2026-12-02 06:49:39.496704	\N	\N	fa821347273d58b196fc7b8e43e8891f0f45e49943b47ba680c34b7444106bbc	REGISTERED	451
456	ASSIGN	demo-office	2026-12-02 06:49:39.504481	REGISTERED	按职责交办	02ed1d9410c9c2dc40cd49625b5a928e4795361d05009fd61b40145acfb661e3	ASSIGNED	451
468	ACCEPT	jtj-staff	2026-12-02 06:49:39.519803	ASSIGNED	协办单位县交通运输局签收	ad7d083590bbc6db48df76727b0c195b470f9e0eddfb4149903c21881b0de5cc	ASSIGNED	451
472	CO_UNIT_OPINION	jtj-staff	2026-12-02 06:49:39.526792	ASSIGNED	协办单位县交通运输局	fbba7e70d9fcbbe72c2f97647b6a280c8825dc465a018f2d9d888462aa4343ab	ASSIGNED	451
475	ACCEPT	jyj-staff	2026-12-02 06:49:39.533573	ASSIGNED	\N	edb5173f5fe74bdf6b5075868e1852f5a44703640a745a7be5d7dbcac5f2df35	HANDLING	451
479	RECORD_CONTACT	jyj-staff	2026-12-02 06:49:39.540169	HANDLING	办前电话 2026-12-02	886aaeb8569be84398eb3aed6aa22c6c032f918488df3417d4474f2c91a1156f	HANDLING	451
481	DRAFT_REPLY	jyj-staff	2026-12-02 06:49:39.54891	HANDLING	A类	277614a903133ed2ceca8857e4efed352a96c1c0c3a8ef990262eaf273d56450	HANDLING	451
486	COUNTERSIGN	jtj-staff	2026-12-02 06:49:39.556088	HANDLING	协办单位县交通运输局会签	28e4357b8359f6965b192961d02341081ebf6b63ef3c8484eb9d24ddcf3e4ac2	HANDLING	451
492	APPROVE_REPLY	jyj-head	2026-12-02 06:49:39.565095	HANDLING	\N	37017e921aadf2ad5ac4e37d5b332021e9d6de300a14911b8938f9862d166685	REPLY_APPROVED	451
494	SUBMIT_REPLY	jyj-staff	2026-12-02 06:49:39.574508	REPLY_APPROVED	\N	1708ba95d7f76add1d8ee9ab134e850438127d3b50e19fd4f3c8e3d9c9f9ee81	UNDER_REVIEW	451
499	REGISTER	demo-office	2026-12-02 06:49:39.582144	\N	\N	9757e5e80e2f88a71190c4ef7a975acc1496b4e50b455048a8deab0a29a4ec5d	REGISTERED	498
502	ASSIGN	demo-office	2026-12-02 06:49:39.587914	REGISTERED	按职责交办	1110f8d0ed68055ce8dfdf4f2516b6c441a56ffd5f63913600babffcb5e22935	ASSIGNED	498
510	ACCEPT	jtj-staff	2026-12-02 06:49:39.600402	ASSIGNED	\N	d1cdabf733efad0ac4c4a882272ffdb36c72f82453be653f2e4e9bbde7bef1eb	HANDLING	498
511	RECORD_CONTACT	jtj-staff	2026-12-02 06:49:39.602599	HANDLING	办前登门拜访 2026-12-02	234625b07a4694aa5396cc3c5236f4a65baa73e02322d2d6ca2d0301285bff46	HANDLING	498
515	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:39.60518	HANDLING	B类	d876538648dee2ca0df5d8d01e2712a48070736103a2efbdd0f5b2c595aa8050	HANDLING	498
521	APPROVE_REPLY	jtj-head	2026-12-02 06:49:39.615518	HANDLING	\N	b6e0c73d772f67809cd729bf1bd01aa0cfca40700d93bcd76e70692ae36120db	REPLY_APPROVED	498
524	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:39.621388	REPLY_APPROVED	\N	7b19084c5a36b26e48fcd2bfff847aa4c7aac80ef10d912566c225fbe0b8e475	UNDER_REVIEW	498
528	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.628159	UNDER_REVIEW	审核通过（首次提交即通过）	a165e29c998fb3ff53ea497ece2cf0e02f2a524b4ae70d3bda37aa107c11d017	REPLIED	498
540	REGISTER	demo-office	2026-12-02 06:49:39.645369	\N	\N	0a47a5c4c1c922e47a4f795f83b2acfcaeb8e50b4d289bef561e8e85df8acb88	REGISTERED	539
543	ASSIGN	demo-office	2026-12-02 06:49:39.648086	REGISTERED	按职责交办	22a5314275a56061d05972824300f44e7ccd1d070afa1b7f7aaa6416f5b16fc0	ASSIGNED	539
550	ACCEPT	slj-staff	2026-12-02 06:49:39.660693	ASSIGNED	\N	8a148a4092d04a29b847efd11b4c361b13837023f1365f68c6c37600953bd8ea	HANDLING	539
552	RECORD_CONTACT	slj-staff	2026-12-02 06:49:39.663258	HANDLING	办前登门拜访 2026-12-02	6292c29d25fd3c3ab42de60184722b9ffd302260597ff7e4ba0912729b458acd	HANDLING	539
556	DRAFT_REPLY	slj-staff	2026-12-02 06:49:39.669678	HANDLING	C类	afa2f617b37972e3d0eb15b7f4fd483f2609daa2894412dae4258c6c2a37e97e	HANDLING	539
562	APPROVE_REPLY	slj-head	2026-12-02 06:49:39.673136	HANDLING	\N	b4dfbf3b927c9101e4b4415174353119fcee788a9ab74ef7e83daf2a952faee7	REPLY_APPROVED	539
565	SUBMIT_REPLY	slj-staff	2026-12-02 06:49:39.680535	REPLY_APPROVED	\N	770bf30d17c60880932d07a55e82778ce103f9e9739ff95aae7e668c85a37c19	UNDER_REVIEW	539
567	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.688061	UNDER_REVIEW	审核通过（首次提交即通过）	7f9e052f11b77517eb1f87b8434bf6e41ce91924ca4c8cf596c8bbe9c0cf8e08	REPLIED	539
578	RATE	member03	2026-12-02 06:49:39.706301	REPLIED	不满意，重新办理	c5387379306b2a033544e45ba159ed5a386be166bba7640dbd29baa5ace930ec	REHANDLING	539
588	REGISTER	demo-office	2026-12-02 06:49:39.724977	\N	\N	e270250fe53f94578e403d063888b4aa3fd4c3bd51467b15b53226bcbede975e	REGISTERED	587
590	ASSIGN	demo-office	2026-12-02 06:49:39.727648	REGISTERED	按职责交办	a294fd0cb051ebfa54ee92e19fa178cc250aa785d00aaebc848b1e8df55e827c	ASSIGNED	587
597	ACCEPT	wjj-staff	2026-12-02 06:49:39.736899	ASSIGNED	\N	6f8e3996489eab1fa3e6f2f00ae68f7f26e0066bb880fa3bc4e0db1c82ee7911	HANDLING	587
600	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:39.739622	HANDLING	办前电话 2026-12-02	fbecc9b2c2172875d67a90a84ab554b4bb433b7a2198c5da0ddf0a700d1f59c0	HANDLING	587
602	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:39.745475	HANDLING	A类	1fe0f5ea66417aa558971e13af8e95f1906289ccbb08a079a976bdb2ba1948ac	HANDLING	587
608	APPROVE_REPLY	wjj-head	2026-12-02 06:49:39.753098	HANDLING	\N	92b1f8a372307fe6636f55caa52a51127bd8c94d2e4c79885027c9b59ba2de8c	REPLY_APPROVED	587
613	SUBMIT_REPLY	wjj-staff	2026-12-02 06:49:39.760899	REPLY_APPROVED	\N	725c6b76cbbeb6a7f6b8ca9b98ea68fcc3155d1913b751f7ff4b9c0d76530692	UNDER_REVIEW	587
618	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.767694	UNDER_REVIEW	审核通过（首次提交即通过）	bdbbc6900973a93a0086aea98b567e43e4d8441732faf97023268381d7acc011	REPLIED	587
629	RATE	deputy04	2026-12-02 06:49:39.784999	REPLIED	不满意，重新办理	5ee2d8b7ca1266f90e4265c920b3c100fe860c763c66e1d325a6ebef94a9d508	REHANDLING	587
637	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:39.800237	REHANDLING	C类	3ec076547f7928ab236f63f7118e1ea6ca711590df0f891c47846a5b1de538a8	REHANDLING	587
641	APPROVE_REPLY	wjj-head	2026-12-02 06:49:39.804863	REHANDLING	\N	b14d1611eedabf8a002050ece42a1abd4ce39b096ac6eb4f64f0393814638e15	REPLY_APPROVED	587
644	SUBMIT_REPLY	wjj-staff	2026-12-02 06:49:39.813191	REPLY_APPROVED	\N	eb489040e4eb970c6a50d230c3720538b40be6a4fca5f067fc424cf404d89ccd	UNDER_REVIEW	587
648	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.820658	UNDER_REVIEW	审核通过（首次提交即通过）	9809c6c37ac4510a2f3fecd8e0689feb50a2a16e035e7ee4c738dd517fc994b6	REPLIED	587
657	RATE	deputy04	2026-12-02 06:49:39.829079	REPLIED	重新办理后仍不满意，待当面协商	ca7ab1d9f0ebdf14372ee3a0878f226de2bb91ddd4f9034f03e32ba9a65cab64	CONSULTATION	587
666	REGISTER	demo-office	2026-12-02 06:49:39.847691	\N	\N	ae98fc535a622723d6359bfa312822058258cec20b624cda28f29a39b64a66a3	REGISTERED	665
669	ASSIGN	demo-office	2026-12-02 06:49:39.850222	REGISTERED	按职责交办	9b771df2c32fe0a3a03084aa4af96a2f404fd26c87a2daea0b2402f72e1f707f	ASSIGNED	665
681	ACCEPT	mzj-staff	2026-12-02 06:49:39.86075	ASSIGNED	协办单位县民政局签收	22d791263534b61d896635840a378c86635a41901fee19159e9cddaaf5d0fca5	ASSIGNED	665
683	CO_UNIT_OPINION	mzj-staff	2026-12-02 06:49:39.863782	ASSIGNED	协办单位县民政局	1609ab1d970d7471fc46b779ea0778dbdce8e2c236ef0a1034b61592f6cca2b1	ASSIGNED	665
686	ACCEPT	zjj-staff	2026-12-02 06:49:39.871695	ASSIGNED	\N	7f78a3c475488277d020ae74ba3d1b6e68445eef9391e4b2d382feef48e55cbe	HANDLING	665
689	RECORD_CONTACT	zjj-staff	2026-12-02 06:49:39.8743	HANDLING	办前登门拜访 2026-12-02	3b6483f80c75deebb0ddb2bd299d121a5bf35e27aeacabd4db6b1f09dd866b93	HANDLING	665
694	DRAFT_REPLY	zjj-staff	2026-12-02 06:49:39.879645	HANDLING	B类	f6af2b83c35fc26543ab1c1f94560023a73105e053236c7a8961062b181be178	HANDLING	665
698	COUNTERSIGN	mzj-staff	2026-12-02 06:49:39.886201	HANDLING	协办单位县民政局会签	4f4d763731e2a7605152bf231b496ce5e2fc3ed30639ab25161ceff4828ceaca	HANDLING	665
703	APPROVE_REPLY	zjj-head	2026-12-02 06:49:39.892191	HANDLING	\N	f1154896182898888fece70f20ce93cb67511f5d64c4e847a90ab593a1a1d74b	REPLY_APPROVED	665
706	SUBMIT_REPLY	zjj-staff	2026-12-02 06:49:39.895713	REPLY_APPROVED	\N	f42c6e82dd6b0916f0aa270f5213c37f6cd552fbd6c82cb3f30051c678860083	UNDER_REVIEW	665
710	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.900147	UNDER_REVIEW	审核通过（首次提交即通过）	6d90cae9dd7fdd72e6956fcde5f76bb3cb916b4d4eeb2fb314967b9d9774d9c0	REPLIED	665
718	RATE	deputy05	2026-12-02 06:49:39.908024	REPLIED	满意	3b3304a1031a61c6864f1b374869905a44fe15d7af3a866cbfcae91334911ff3	FOLLOW_UP	665
730	REGISTER	demo-office	2026-12-02 06:49:39.92003	\N	\N	642f9005968340505ff653fc7052585840bc3793e71425773d4ece0752e5d7a5	REGISTERED	728
736	ASSIGN	demo-office	2026-12-02 06:49:39.924195	REGISTERED	按职责交办	d5ba136978cf3c7f19ff809b25d5473a66d0ecbb2bef8559b66142acef483e62	ASSIGNED	728
740	ACCEPT	mzj-staff	2026-12-02 06:49:39.929863	ASSIGNED	\N	2fc86e7197a5d167aab94a273afdd42b234a8cf462ab822018c5f68bf599f391	HANDLING	728
742	RECORD_CONTACT	mzj-staff	2026-12-02 06:49:39.933524	HANDLING	办前登门拜访 2026-12-02	b05bbfce80d4f5f99b764b790d3ed61e3ad140ba49ab4bffa7b29966e0f59daa	HANDLING	728
744	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:39.938736	HANDLING	C类	be01bed17382740b8250a805bc7487b5f6e3b8133ba36bc2215413f58a60d266	HANDLING	728
746	APPROVE_REPLY	mzj-head	2026-12-02 06:49:39.944582	HANDLING	\N	d93e013a88392a50fd60691b1c3728732f469555508a86c4bf025874a161b0cb	REPLY_APPROVED	728
747	SUBMIT_REPLY	mzj-staff	2026-12-02 06:49:39.950842	REPLY_APPROVED	\N	f5156f85e6db8e041cab3b27fd139bd48f31f319dc03d653412f7b3fb89b5563	UNDER_REVIEW	728
748	REVIEW_REPLY	demo-office	2026-12-02 06:49:39.953721	UNDER_REVIEW	审核通过（首次提交即通过）	41baeb07c42a085e8ffd25be535a82d8632aae3f546f452e6861023b7b7770b4	REPLIED	728
752	RATE	member06	2026-12-02 06:49:39.961408	REPLIED	基本满意	44a8fd6a20b2010bc54b69786089ec9c0f6c82c44b1dab97c400a126741e5bf2	CLOSED	728
758	REGISTER	demo-office	2026-12-02 06:49:39.97077	\N	\N	35a54258883336211cf47de62cd31f5d8c237939aa16c47c1ed4009e83b81d25	REGISTERED	757
760	REGISTER	demo-office	2026-12-02 06:49:39.974808	\N	\N	ce8081af5eacd1b8b6abb08072ef6fba647badb6270134ef857a5f43ce474cc1	REGISTERED	759
761	ASSIGN	demo-office	2026-12-02 06:49:39.977352	REGISTERED	按职责交办	98e5b0350e50d783bb44a1a866df69c52a831928abeeb008d5038265fac19852	ASSIGNED	759
766	REGISTER	demo-office	2026-12-02 06:49:39.982317	\N	\N	751f75045bb32f900b06b00911e9e5118245dcdb5bc6942afcfb7bd97a8aab9c	REGISTERED	765
767	ASSIGN	demo-office	2026-12-02 06:49:39.987451	REGISTERED	按职责交办	df8a4e9bb7ad9eafaaa0ede727429eca0f161998d2befa27b6e71dea07d56342	ASSIGNED	765
774	ACCEPT	wjj-staff	2026-12-02 06:49:39.995504	ASSIGNED	协办单位县卫生健康局签收	fca08b21dfb0455de20a10bb631ad37f7eda88b8020712d83cb0ac8cb327c1f7	ASSIGNED	765
775	CO_UNIT_OPINION	wjj-staff	2026-12-02 06:49:39.998018	ASSIGNED	协办单位县卫生健康局	f7a3b618ee5a56f4e2fbbaa0a45b33f43c11179803b3f9497ea7ed5be4f0f9bb	ASSIGNED	765
776	ACCEPT	slj-staff	2026-12-02 06:49:40.006069	ASSIGNED	\N	8ff0dd40fb31afc1081cee82a42e85f6e33b825888175445eb137e0ff429e984	HANDLING	765
777	RECORD_CONTACT	slj-staff	2026-12-02 06:49:40.013427	HANDLING	办前登门拜访 2026-12-02	37d3ebfa69731e2822bd010f91f21b07c8a9d2cd9b7ad5533a9e3d1fb119b80c	HANDLING	765
779	ISSUE_NOTICE	demo-duban	2026-12-02 06:49:40.022365	HANDLING	督办县水利局，2026-12-09前反馈	86ad1aacaf8f4ab7db03402eb4abbebd2fdc49defaa69e518d9515a0dbc5ab5d	HANDLING	765
784	REGISTER	demo-office	2026-12-02 06:49:40.041423	\N	\N	900d2a591a0634a0b0ee17795a8cd91277db226f6a93c3279c79c6c48c1c6129	REGISTERED	783
785	ASSIGN	demo-office	2026-12-02 06:49:40.045448	REGISTERED	按职责交办	0683f9b4ca7b2d22c4997291f3334d16be7505fd9e3cffc5fb9737ab7963555f	ASSIGNED	783
789	ACCEPT	wjj-staff	2026-12-02 06:49:40.052264	ASSIGNED	\N	ef3fcc74823c0580a328c26e6b3d4c72749ebbe27a571b51fb14332ba59e4875	HANDLING	783
790	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:40.05587	HANDLING	办前电话 2026-12-02	7062c413a3a35189abde7106a190eb4d3d0320ba44511b8496449ee195ba0147	HANDLING	783
792	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:40.059633	HANDLING	A类	f2c956d9d4f6798ac5c82e4ddd69712b1af0c6f70ecd3fac8e6579596fcf3d52	HANDLING	783
794	APPROVE_REPLY	wjj-head	2026-12-02 06:49:40.06461	HANDLING	\N	c38b85b0141ae8b82e9ac6d8785bec3ffb99d6e4211e56f234b0e75b886f3d37	REPLY_APPROVED	783
796	REGISTER	demo-office	2026-12-02 06:49:40.073223	\N	\N	bff29e68ba98f3c8d905e1ed2bd9c1051e3366e0d76fa4a29f7c92822891c821	REGISTERED	795
797	ASSIGN	demo-office	2026-12-02 06:49:40.076995	REGISTERED	按职责交办	c8965cd8f79007e7cc32c46522c7519219e392cb959f1f505e4fd842cea1595f	ASSIGNED	795
801	ACCEPT	zjj-staff	2026-12-02 06:49:40.08446	ASSIGNED	\N	f3828b6bc6f1c92ac60438647e624eca4dfdf3ea36a6d4773c4032176e82f485	HANDLING	795
802	RECORD_CONTACT	zjj-staff	2026-12-02 06:49:40.087983	HANDLING	办前登门拜访 2026-12-02	ea389f37bf6e8ef735c373c0b595be835dd71ebf4f4ee99fa4c702ed8484de3f	HANDLING	795
804	DRAFT_REPLY	zjj-staff	2026-12-02 06:49:40.092136	HANDLING	B类	7e0d3da469582ceadac99f0b0867eac140722ccf4e1664c506be7340969922fb	HANDLING	795
807	APPROVE_REPLY	zjj-head	2026-12-02 06:49:40.097757	HANDLING	\N	4cc97db309eda355f160dfc8641ce8aafdcebd79e569b7208f480e1e675a8604	REPLY_APPROVED	795
808	SUBMIT_REPLY	zjj-staff	2026-12-02 06:49:40.103866	REPLY_APPROVED	\N	d54711bc2c6d6ec71dcf2ba01f1e2519161f833eac9ffdf2727ac1f00d32fd8f	UNDER_REVIEW	795
810	REGISTER	demo-office	2026-12-02 06:49:40.113814	\N	\N	15e5ea3aea7ada799461fa24c4d20ece64e50b37b4ac6d96e1ac8df073c9e61f	REGISTERED	809
811	ASSIGN	demo-office	2026-12-02 06:49:40.117718	REGISTERED	按职责交办	4e637d9adc406805defaa83665d39c853976a5ca92b99a9c394a4f6b27dcb5d1	ASSIGNED	809
815	ACCEPT	mzj-staff	2026-12-02 06:49:40.124365	ASSIGNED	\N	d1774338c29fe43a3b838584382f223fc77b1035f5f970df4f1da653e95cae21	HANDLING	809
816	RECORD_CONTACT	mzj-staff	2026-12-02 06:49:40.127646	HANDLING	办前登门拜访 2026-12-02	d37dc9873215e421f3f8f74e1a7047d9ddbd06295c3637cde44649f0f1326377	HANDLING	809
818	DRAFT_REPLY	mzj-staff	2026-12-02 06:49:40.131812	HANDLING	C类	23e6514f453a8bfbbeff3db2a4efb1d1dd411c487277113166d0e56e4e1e777e	HANDLING	809
820	APPROVE_REPLY	mzj-head	2026-12-02 06:49:40.136565	HANDLING	\N	f5343566f0fca9aad904aff7d1cf3d838898af3325c917e223f9ca797a59f943	REPLY_APPROVED	809
821	SUBMIT_REPLY	mzj-staff	2026-12-02 06:49:40.141769	REPLY_APPROVED	\N	ef48771987cdb11e227f33beb7b5efc324dae6d4da88ac7fd3e29ed478013c3b	UNDER_REVIEW	809
822	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.146531	UNDER_REVIEW	审核通过（首次提交即通过）	c3f9665fc4cb81faea4195b8ecb8cd27677f0aa56a77a606fb3fe74dbb664880	REPLIED	809
827	REGISTER	demo-office	2026-12-02 06:49:40.156989	\N	\N	d8056510b3873c98ec7f74fef80ce56dadc16e339edac6f45adff7b3416cfa74	REGISTERED	826
828	ASSIGN	demo-office	2026-12-02 06:49:40.160942	REGISTERED	按职责交办	6e5cd04e2fa13cf052758cff688be0d2e0f03bea50379b437652aa4b71df9e35	ASSIGNED	826
835	ACCEPT	jtj-staff	2026-12-02 06:49:40.175402	ASSIGNED	协办单位县交通运输局签收	af882ef8552c254239cce4805b3a3439d23da819617bbbbff4b5fcf71002f23f	ASSIGNED	826
836	CO_UNIT_OPINION	jtj-staff	2026-12-02 06:49:40.178613	ASSIGNED	协办单位县交通运输局	a32a172aa712d4bd10f33fea0fa5397cc50590451a682fc54268c11cff6c81c4	ASSIGNED	826
837	ACCEPT	jyj-staff	2026-12-02 06:49:40.181368	ASSIGNED	\N	107518c47026f4ee8e5d44ab7f072c2aeced3746a98ce9ebe1e4fb6d4c31ddad	HANDLING	826
838	RECORD_CONTACT	jyj-staff	2026-12-02 06:49:40.183496	HANDLING	办前电话 2026-12-02	e93f402103a24dab33190590fd62d6ab737bfcdcc7f35faa05848cb0fff17b28	HANDLING	826
840	DRAFT_REPLY	jyj-staff	2026-12-02 06:49:40.185933	HANDLING	A类	62e2b7067db418d0e4aeaf170a89619a381ba78ddca9886471e1729637a64bc2	HANDLING	826
842	COUNTERSIGN	jtj-staff	2026-12-02 06:49:40.18897	HANDLING	协办单位县交通运输局会签	b8721e3b65877a7a8be9d1acd767e5b901a723993973b7659907465872226087	HANDLING	826
843	APPROVE_REPLY	jyj-head	2026-12-02 06:49:40.191895	HANDLING	\N	8e4924bf3a7dff72d185d68445caa5168a0c5134792c43c76d6256aa0b25f2a2	REPLY_APPROVED	826
844	SUBMIT_REPLY	jyj-staff	2026-12-02 06:49:40.195272	REPLY_APPROVED	\N	56187110215588ddda1bdb304a5822c7cd9f3bad71f8844b643d174ed108405a	UNDER_REVIEW	826
845	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.197816	UNDER_REVIEW	审核通过（首次提交即通过）	de6cc584f8ffb7eecd1e97cc9b5075f05f61620840d7d6bdeb851b6116e32a7b	REPLIED	826
849	RATE	deputy05	2026-12-02 06:49:40.201827	REPLIED	不满意，重新办理	f9029184286095abde6976d13feb10fd8185a3fe41bc834bc71186e0a0a056ae	REHANDLING	826
855	REGISTER	demo-office	2026-12-02 06:49:40.208489	\N	\N	2db587fc66e7fd192db1aa0136a2599409bd50dc320c0ce1b8329cbf104ed18e	REGISTERED	854
856	ASSIGN	demo-office	2026-12-02 06:49:40.210846	REGISTERED	按职责交办	84a78f792036bcc8b4322922fba6a53506e28d70546eb91b907f94c21284fd2c	ASSIGNED	854
860	ACCEPT	jtj-staff	2026-12-02 06:49:40.21496	ASSIGNED	\N	1e02d3c9129940562558368109a56754c3fd28147782d9e37625dc80784beea8	HANDLING	854
861	RECORD_CONTACT	jtj-staff	2026-12-02 06:49:40.21723	HANDLING	办前登门拜访 2026-12-02	268dfcd84501a64109acdbd2b7865215e5bd1828c3536ef7c2fe42d6bf31c605	HANDLING	854
863	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:40.219787	HANDLING	B类	a1165289fa3f3b2d46a200960f294067b04df1ccd0aac782ddc92ce2f911ef4e	HANDLING	854
866	APPROVE_REPLY	jtj-head	2026-12-02 06:49:40.222824	HANDLING	\N	f722b454171bb91a60535fce0888b9002a357012d405845cc83c84bee015b55c	REPLY_APPROVED	854
867	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:40.227203	REPLY_APPROVED	\N	ad877d09586442451f2b39959bd1d0d37920f1f75dbe11daf38bdf846e2b889f	UNDER_REVIEW	854
868	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.229976	UNDER_REVIEW	审核通过（首次提交即通过）	42058aec50f776f8e96698cf5cf32a32d6243c9d781a1cf5a4dd57291fa63300	REPLIED	854
872	RATE	deputy06	2026-12-02 06:49:40.234642	REPLIED	不满意，重新办理	2f1d85fe86206c649f11264ccd198eb18475847b1629d6f8a9cd73ae1fd0577e	REHANDLING	854
877	DRAFT_REPLY	jtj-staff	2026-12-02 06:49:40.24069	REHANDLING	C类	597ef359a74d720753216a479fffa5ae1a83ef9c23e6838a624f10a985c8e0b3	REHANDLING	854
879	APPROVE_REPLY	jtj-head	2026-12-02 06:49:40.24435	REHANDLING	\N	598a7c57bffd1893afad9923093fb1e7dfb1ec71a1590f1737636fc42791818f	REPLY_APPROVED	854
880	SUBMIT_REPLY	jtj-staff	2026-12-02 06:49:40.247785	REPLY_APPROVED	\N	9ff98ede04b3393095e6e0b7859bc3f06b8a0b8d9801ad72432369fb1966c9ab	UNDER_REVIEW	854
881	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.25131	UNDER_REVIEW	审核通过（首次提交即通过）	30e69712272af70b8fff0f114aad81a546f73fd086bbdba809e33bd5f3e3b228	REPLIED	854
885	RATE	deputy06	2026-12-02 06:49:40.256866	REPLIED	重新办理后仍不满意，待当面协商	0af9979ad42775406af0ccb1318a5a6712fac1cf8943c1842d8b6c83a0741ac5	CONSULTATION	854
891	REGISTER	demo-office	2026-12-02 06:49:40.264893	\N	\N	3302fd01b76a4f58657aafa512dc1e7024c12fa1739044868cea4d24e2f91b4f	REGISTERED	890
892	ASSIGN	demo-office	2026-12-02 06:49:40.267236	REGISTERED	按职责交办	b97357ac0fe60e3de8bd931620f86d6afb7a88d5ff3782ce3a98151c31e951d6	ASSIGNED	890
896	ACCEPT	slj-staff	2026-12-02 06:49:40.270789	ASSIGNED	\N	280adda8ce8a4575974a7e9f1bdec634f4e728f05b16132435aaca3b40981068	HANDLING	890
897	RECORD_CONTACT	slj-staff	2026-12-02 06:49:40.272685	HANDLING	办前登门拜访 2026-12-02	0e42d3a9dd75495dc2010d5e7224a956de065901f1e22f7618a17a82c6b0ae64	HANDLING	890
899	DRAFT_REPLY	slj-staff	2026-12-02 06:49:40.275529	HANDLING	B类	f12a1a43a0aafda3f0b8d25ffddf53540abe9b1d06b427cbd9148fdf8d905806	HANDLING	890
902	APPROVE_REPLY	slj-head	2026-12-02 06:49:40.279399	HANDLING	\N	a324dcf7e71fad6516b84266c510a44137411fb144e1563632bced8ce4ed178d	REPLY_APPROVED	890
903	SUBMIT_REPLY	slj-staff	2026-12-02 06:49:40.283196	REPLY_APPROVED	\N	2ac53796d54c117aae1ad639b77285b0b012392c99e92e6e164ad02ca24587ce	UNDER_REVIEW	890
904	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.286791	UNDER_REVIEW	审核通过（首次提交即通过）	4da998a8230f8668c65db4c800899331b4e90a18f3d33673945a4960a336cf78	REPLIED	890
908	RATE	member03	2026-12-02 06:49:40.292431	REPLIED	满意	36380b6fab975c1ca4787c5f548e2c0371717da8fd6ccee25a225f05f858cb08	FOLLOW_UP	890
914	REGISTER	demo-office	2026-12-02 06:49:40.299752	\N	\N	3ee9392f762fe4f351ed063ff989ac64112cfb7c52a25e788eab8aaa2f3e3fab	REGISTERED	913
915	ASSIGN	demo-office	2026-12-02 06:49:40.301776	REGISTERED	按职责交办	0755957718b4bbb3a4e5f63a4ef75c87b7bbccfc8321cbb2c01a08a9efc2829a	ASSIGNED	913
919	ACCEPT	wjj-staff	2026-12-02 06:49:40.305987	ASSIGNED	\N	83ba2d892839ccc77ad848319d9a3f24cc391431931717b018cfa2235184cb7f	HANDLING	913
920	RECORD_CONTACT	wjj-staff	2026-12-02 06:49:40.308074	HANDLING	办前电话 2026-12-02	26ce315b4cee4d3d5648d19a13e1d8269cbcb473ac92f87f78889be78c94b062	HANDLING	913
922	DRAFT_REPLY	wjj-staff	2026-12-02 06:49:40.310551	HANDLING	A类	44830da6e3b1ddbe06e502bf8016ccfaf80e13e4c816f54c0c04ab37cc1c4d81	HANDLING	913
924	APPROVE_REPLY	wjj-head	2026-12-02 06:49:40.315004	HANDLING	\N	06d7cf04b8b716940bb13f526bd1608ca213033a08cc280eda47bfb7aa9ba761	REPLY_APPROVED	913
925	SUBMIT_REPLY	wjj-staff	2026-12-02 06:49:40.318775	REPLY_APPROVED	\N	9f9583642af200b9155fc5f442b6079dc59b825a375aae5eedbabc6431992071	UNDER_REVIEW	913
926	REVIEW_REPLY	demo-office	2026-12-02 06:49:40.322069	UNDER_REVIEW	审核通过（首次提交即通过）	a11c358cb298d38e89b2d99053f997132135ee9876e83481e845c75a905ee20f	REPLIED	913
930	RATE	deputy08	2026-12-02 06:49:40.330158	REPLIED	基本满意	dfdfee8f842b582c6bf6263658d3980c3f1772a2fd244433050ffe86cbcc402e	CLOSED	913
\.


--
-- Data for Name: banli_message; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_message (id, attempts, body, channel, createdat, event_data, deliveredat, event, lasterror, nextattemptat, readat, recipient, status, subject) FROM stdin;
43	1	2026年建议第2号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.021257	itemId=39\nlabel=2026年建议第2号\n	2026-12-02 06:49:39.400328	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第2号 关于修缮通村公路的建议
44	1	2026年建议第2号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:38.021257	itemId=39\nlabel=2026年建议第2号\n	2026-12-02 06:49:39.411143	item.assigned	\N	\N	\N	deputy02	DELIVERED	【交办】2026年建议第2号 关于修缮通村公路的建议
49	1	2026年提案第1号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.100122	itemId=45\nlabel=2026年提案第1号\n	2026-12-02 06:49:39.421597	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第1号 关于保障农村饮水安全的提案
50	1	2026年提案第1号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:38.100122	itemId=45\nlabel=2026年提案第1号\n	2026-12-02 06:49:39.43113	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第1号 关于保障农村饮水安全的提案
56	1	2026年提案第1号《关于保障农村饮水安全的提案》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:38.173495	itemId=45\nlabel=2026年提案第1号\n	2026-12-02 06:49:39.435129	item.supervised	\N	\N	\N	slj-head	DELIVERED	【督办】2026年提案第1号 关于保障农村饮水安全的提案
57	1	2026年提案第1号《关于保障农村饮水安全的提案》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:38.173495	itemId=45\nlabel=2026年提案第1号\n	2026-12-02 06:49:39.438467	item.supervised	\N	\N	\N	slj-staff	DELIVERED	【督办】2026年提案第1号 关于保障农村饮水安全的提案
61	1	2026年建议第3号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.214824	itemId=58\nlabel=2026年建议第3号\n	2026-12-02 06:49:39.449463	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第3号 关于提升乡镇卫生院诊疗能力的建议
62	1	2026年建议第3号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.214824	itemId=58\nlabel=2026年建议第3号\n	2026-12-02 06:49:39.453031	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第3号 关于提升乡镇卫生院诊疗能力的建议
63	1	2026年建议第3号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:38.214824	itemId=58\nlabel=2026年建议第3号\n	2026-12-02 06:49:39.463977	item.assigned	\N	\N	\N	deputy04	DELIVERED	【交办】2026年建议第3号 关于提升乡镇卫生院诊疗能力的建议
74	1	2026年建议第4号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.332884	itemId=70\nlabel=2026年建议第4号\n	2026-12-02 06:49:39.465839	item.assigned	\N	\N	\N	zjj-head	DELIVERED	【交办】2026年建议第4号 关于增设公共停车位的建议
75	1	2026年建议第4号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.332884	itemId=70\nlabel=2026年建议第4号\n	2026-12-02 06:49:39.467615	item.assigned	\N	\N	\N	zjj-staff	DELIVERED	【交办】2026年建议第4号 关于增设公共停车位的建议
76	1	2026年建议第4号《关于增设公共停车位的建议》：您的建议已交由 zjj 主办。	inbox	2026-12-02 06:49:38.332884	itemId=70\nlabel=2026年建议第4号\n	2026-12-02 06:49:39.46947	item.assigned	\N	\N	\N	deputy05	DELIVERED	【交办】2026年建议第4号 关于增设公共停车位的建议
77	1	2026年建议第4号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:38.332884	itemId=70\nlabel=2026年建议第4号\n	2026-12-02 06:49:39.475358	item.co-assigned	\N	\N	\N	mzj-head	DELIVERED	【协办】2026年建议第4号 关于增设公共停车位的建议
78	1	2026年建议第4号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:38.332884	itemId=70\nlabel=2026年建议第4号\n	2026-12-02 06:49:39.477075	item.co-assigned	\N	\N	\N	mzj-staff	DELIVERED	【协办】2026年建议第4号 关于增设公共停车位的建议
93	1	2026年提案第2号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.508014	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.484236	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第2号 关于关爱农村留守儿童的提案
94	1	2026年提案第2号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.508014	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.486069	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第2号 关于关爱农村留守儿童的提案
95	1	2026年提案第2号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:38.508014	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.487738	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第2号 关于关爱农村留守儿童的提案
104	1	2026年提案第2号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.587476	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.489448	item.reply-accepted	\N	\N	\N	mzj-head	DELIVERED	【答复已通过】2026年提案第2号 关于关爱农村留守儿童的提案
105	1	2026年提案第2号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.587476	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.490896	item.reply-accepted	\N	\N	\N	mzj-staff	DELIVERED	【答复已通过】2026年提案第2号 关于关爱农村留守儿童的提案
106	1	2026年提案第2号《关于关爱农村留守儿童的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.587476	itemId=90\nlabel=2026年提案第2号\n	2026-12-02 06:49:39.496133	item.replied	\N	\N	\N	member06	DELIVERED	【答复】2026年提案第2号 关于关爱农村留守儿童的提案
112	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：您的建议已交由 jyj 主办。	inbox	2026-12-02 06:49:38.624777	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.505326	item.assigned	\N	\N	\N	deputy07	DELIVERED	【交办】2026年建议第5号 关于改善农村学校午餐条件的建议
111	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.624777	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.50335	item.assigned	\N	\N	\N	jyj-staff	DELIVERED	【交办】2026年建议第5号 关于改善农村学校午餐条件的建议
121	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.695797	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.512077	item.reply-accepted	\N	\N	\N	jyj-head	DELIVERED	【答复已通过】2026年建议第5号 关于改善农村学校午餐条件的建议
126	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:38.723339	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.517231	item.rated	\N	\N	\N	jyj-head	DELIVERED	【测评结果】2026年建议第5号 关于改善农村学校午餐条件的建议
127	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:38.723339	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.518793	item.rated	\N	\N	\N	jyj-staff	DELIVERED	【测评结果】2026年建议第5号 关于改善农村学校午餐条件的建议
128	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:38.723339	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.524342	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第5号 关于改善农村学校午餐条件的建议
132	1	2026年建议第6号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.753644	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.526073	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第6号 关于修缮通村公路的建议
133	1	2026年建议第6号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.753644	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.52774	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第6号 关于修缮通村公路的建议
134	1	2026年建议第6号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:38.753644	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.531866	item.assigned	\N	\N	\N	deputy08	DELIVERED	【交办】2026年建议第6号 关于修缮通村公路的建议
144	1	2026年建议第6号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.780167	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.533528	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第6号 关于修缮通村公路的建议
145	1	2026年建议第6号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.780167	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.539342	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第6号 关于修缮通村公路的建议
146	1	2026年建议第6号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.780167	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.541092	item.replied	\N	\N	\N	deputy08	DELIVERED	【答复】2026年建议第6号 关于修缮通村公路的建议
149	1	2026年建议第6号《关于修缮通村公路的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:38.786171	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.542955	item.rated	\N	\N	\N	jtj-head	DELIVERED	【测评结果】2026年建议第6号 关于修缮通村公路的建议
150	1	2026年建议第6号《关于修缮通村公路的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:38.786171	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.552136	item.rated	\N	\N	\N	jtj-staff	DELIVERED	【测评结果】2026年建议第6号 关于修缮通村公路的建议
151	1	2026年建议第6号《关于修缮通村公路的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:38.786171	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.553735	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第6号 关于修缮通村公路的建议
157	1	2026年建议第6号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.82393	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.555568	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第6号 关于修缮通村公路的建议
158	1	2026年建议第6号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.82393	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.560281	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第6号 关于修缮通村公路的建议
159	1	2026年建议第6号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.82393	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.56153	item.replied	\N	\N	\N	deputy08	DELIVERED	【答复】2026年建议第6号 关于修缮通村公路的建议
162	1	2026年建议第6号《关于修缮通村公路的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:38.839185	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.567314	item.rated	\N	\N	\N	jtj-head	DELIVERED	【测评结果】2026年建议第6号 关于修缮通村公路的建议
163	1	2026年建议第6号《关于修缮通村公路的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:38.839185	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.569407	item.rated	\N	\N	\N	jtj-staff	DELIVERED	【测评结果】2026年建议第6号 关于修缮通村公路的建议
164	1	2026年建议第6号《关于修缮通村公路的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:38.839185	itemId=129\nlabel=2026年建议第6号\n	2026-12-02 06:49:39.570753	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第6号 关于修缮通村公路的建议
170	1	2026年提案第3号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.855868	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.576485	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第3号 关于保障农村饮水安全的提案
171	1	2026年提案第3号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:38.855868	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.577468	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第3号 关于保障农村饮水安全的提案
173	1	2026年提案第3号《关于保障农村饮水安全的提案》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:38.855868	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.590912	item.co-assigned	\N	\N	\N	wjj-staff	DELIVERED	【协办】2026年提案第3号 关于保障农村饮水安全的提案
186	1	2026年提案第3号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.910335	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.592313	item.reply-accepted	\N	\N	\N	slj-head	DELIVERED	【答复已通过】2026年提案第3号 关于保障农村饮水安全的提案
187	1	2026年提案第3号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.910335	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.593378	item.reply-accepted	\N	\N	\N	slj-staff	DELIVERED	【答复已通过】2026年提案第3号 关于保障农村饮水安全的提案
188	1	2026年提案第3号《关于保障农村饮水安全的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.910335	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.594495	item.replied	\N	\N	\N	member03	DELIVERED	【答复】2026年提案第3号 关于保障农村饮水安全的提案
191	1	2026年提案第3号《关于保障农村饮水安全的提案》：提出人已测评：满意。	inbox	2026-12-02 06:49:38.926562	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.597775	item.rated	\N	\N	\N	slj-head	DELIVERED	【测评结果】2026年提案第3号 关于保障农村饮水安全的提案
193	1	2026年提案第3号《关于保障农村饮水安全的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:38.926562	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.603858	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第3号 关于保障农村饮水安全的提案
197	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.966461	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.605736	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
198	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.966461	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.611672	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
199	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:38.966461	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.61333	item.assigned	\N	\N	\N	deputy02	DELIVERED	【交办】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
208	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.998265	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.614913	item.reply-accepted	\N	\N	\N	wjj-head	DELIVERED	【答复已通过】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
209	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.998265	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.620243	item.reply-accepted	\N	\N	\N	wjj-staff	DELIVERED	【答复已通过】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
210	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.998265	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.621681	item.replied	\N	\N	\N	deputy02	DELIVERED	【答复】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
213	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.00522	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.623432	item.rated	\N	\N	\N	wjj-head	DELIVERED	【测评结果】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
214	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.00522	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.625376	item.rated	\N	\N	\N	wjj-staff	DELIVERED	【测评结果】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
215	1	2026年建议第7号《关于提升乡镇卫生院诊疗能力的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.00522	itemId=194\nlabel=2026年建议第7号\n	2026-12-02 06:49:39.627968	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第7号 关于提升乡镇卫生院诊疗能力的建议
221	1	2026年提案第4号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:39.022435	itemId=218\nlabel=2026年提案第4号\n	2026-12-02 06:49:39.631981	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第4号 关于关爱农村留守儿童的提案
222	1	2026年提案第4号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:39.022435	itemId=218\nlabel=2026年提案第4号\n	2026-12-02 06:49:39.633173	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第4号 关于关爱农村留守儿童的提案
223	1	2026年提案第4号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:39.022435	itemId=218\nlabel=2026年提案第4号\n	2026-12-02 06:49:39.634205	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第4号 关于关爱农村留守儿童的提案
229	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.031416	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.641304	item.assigned	\N	\N	\N	jyj-staff	DELIVERED	【交办】2026年建议第9号 关于改善农村学校午餐条件的建议
230	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：您的建议已交由 jyj 主办。	inbox	2026-12-02 06:49:39.031416	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.642819	item.assigned	\N	\N	\N	deputy05	DELIVERED	【交办】2026年建议第9号 关于改善农村学校午餐条件的建议
232	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.031416	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.648139	item.co-assigned	\N	\N	\N	jtj-staff	DELIVERED	【协办】2026年建议第9号 关于改善农村学校午餐条件的建议
240	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:39.062794	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.651262	item.supervised	\N	\N	\N	jyj-head	DELIVERED	【督办】2026年建议第9号 关于改善农村学校午餐条件的建议
241	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:39.062794	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.653087	item.supervised	\N	\N	\N	jyj-staff	DELIVERED	【督办】2026年建议第9号 关于改善农村学校午餐条件的建议
245	1	2026年建议第10号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.074882	itemId=242\nlabel=2026年建议第10号\n	2026-12-02 06:49:39.65615	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第10号 关于修缮通村公路的建议
246	1	2026年建议第10号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.074882	itemId=242\nlabel=2026年建议第10号\n	2026-12-02 06:49:39.659307	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第10号 关于修缮通村公路的建议
247	1	2026年建议第10号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:39.074882	itemId=242\nlabel=2026年建议第10号\n	2026-12-02 06:49:39.663112	item.assigned	\N	\N	\N	deputy06	DELIVERED	【交办】2026年建议第10号 关于修缮通村公路的建议
258	1	2026年提案第5号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.10267	itemId=255\nlabel=2026年提案第5号\n	2026-12-02 06:49:39.664924	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第5号 关于保障农村饮水安全的提案
259	1	2026年提案第5号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.10267	itemId=255\nlabel=2026年提案第5号\n	2026-12-02 06:49:39.666583	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第5号 关于保障农村饮水安全的提案
260	1	2026年提案第5号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:39.10267	itemId=255\nlabel=2026年提案第5号\n	2026-12-02 06:49:39.672159	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第5号 关于保障农村饮水安全的提案
271	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.143313	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.673687	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
272	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.143313	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.67599	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
273	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:39.143313	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.677172	item.assigned	\N	\N	\N	deputy08	DELIVERED	【交办】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
282	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.169303	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.679795	item.reply-accepted	\N	\N	\N	wjj-head	DELIVERED	【答复已通过】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
283	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.169303	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.683608	item.reply-accepted	\N	\N	\N	wjj-staff	DELIVERED	【答复已通过】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
284	1	2026年建议第11号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.169303	itemId=268\nlabel=2026年建议第11号\n	2026-12-02 06:49:39.685331	item.replied	\N	\N	\N	deputy08	DELIVERED	【答复】2026年建议第11号 关于提升乡镇卫生院诊疗能力的建议
290	1	2026年建议第12号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.181916	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.693786	item.assigned	\N	\N	\N	zjj-staff	DELIVERED	【交办】2026年建议第12号 关于增设公共停车位的建议
292	1	2026年建议第12号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.181916	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.696924	item.co-assigned	\N	\N	\N	mzj-head	DELIVERED	【协办】2026年建议第12号 关于增设公共停车位的建议
293	1	2026年建议第12号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.181916	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.698343	item.co-assigned	\N	\N	\N	mzj-staff	DELIVERED	【协办】2026年建议第12号 关于增设公共停车位的建议
306	1	2026年建议第12号《关于增设公共停车位的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.219235	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.70842	item.reply-accepted	\N	\N	\N	zjj-head	DELIVERED	【答复已通过】2026年建议第12号 关于增设公共停车位的建议
307	1	2026年建议第12号《关于增设公共停车位的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.219235	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.710064	item.reply-accepted	\N	\N	\N	zjj-staff	DELIVERED	【答复已通过】2026年建议第12号 关于增设公共停车位的建议
308	1	2026年建议第12号《关于增设公共停车位的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.219235	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.715679	item.replied	\N	\N	\N	deputy01	DELIVERED	【答复】2026年建议第12号 关于增设公共停车位的建议
311	1	2026年建议第12号《关于增设公共停车位的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.22545	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.720788	item.rated	\N	\N	\N	zjj-head	DELIVERED	【测评结果】2026年建议第12号 关于增设公共停车位的建议
312	1	2026年建议第12号《关于增设公共停车位的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.22545	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.722293	item.rated	\N	\N	\N	zjj-staff	DELIVERED	【测评结果】2026年建议第12号 关于增设公共停车位的建议
313	1	2026年建议第12号《关于增设公共停车位的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.22545	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.724198	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第12号 关于增设公共停车位的建议
317	1	2026年提案第6号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.237174	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.728035	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第6号 关于关爱农村留守儿童的提案
318	1	2026年提案第6号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.237174	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.73302	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第6号 关于关爱农村留守儿童的提案
328	1	2026年提案第6号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.258124	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.737025	item.reply-accepted	\N	\N	\N	mzj-head	DELIVERED	【答复已通过】2026年提案第6号 关于关爱农村留守儿童的提案
329	1	2026年提案第6号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.258124	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.740068	item.reply-accepted	\N	\N	\N	mzj-staff	DELIVERED	【答复已通过】2026年提案第6号 关于关爱农村留守儿童的提案
330	1	2026年提案第6号《关于关爱农村留守儿童的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.258124	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.741259	item.replied	\N	\N	\N	member06	DELIVERED	【答复】2026年提案第6号 关于关爱农村留守儿童的提案
333	1	2026年提案第6号《关于关爱农村留守儿童的提案》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.2638	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.748389	item.rated	\N	\N	\N	mzj-head	DELIVERED	【测评结果】2026年提案第6号 关于关爱农村留守儿童的提案
335	1	2026年提案第6号《关于关爱农村留守儿童的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.2638	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.752322	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第6号 关于关爱农村留守儿童的提案
341	1	2026年提案第6号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.28263	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.753351	item.reply-accepted	\N	\N	\N	mzj-head	DELIVERED	【答复已通过】2026年提案第6号 关于关爱农村留守儿童的提案
342	1	2026年提案第6号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.28263	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.754503	item.reply-accepted	\N	\N	\N	mzj-staff	DELIVERED	【答复已通过】2026年提案第6号 关于关爱农村留守儿童的提案
343	1	2026年提案第6号《关于关爱农村留守儿童的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.28263	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.755622	item.replied	\N	\N	\N	member06	DELIVERED	【答复】2026年提案第6号 关于关爱农村留守儿童的提案
346	1	2026年提案第6号《关于关爱农村留守儿童的提案》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:39.292712	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.760611	item.rated	\N	\N	\N	mzj-head	DELIVERED	【测评结果】2026年提案第6号 关于关爱农村留守儿童的提案
347	1	2026年提案第6号《关于关爱农村留守儿童的提案》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:39.292712	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.761668	item.rated	\N	\N	\N	mzj-staff	DELIVERED	【测评结果】2026年提案第6号 关于关爱农村留守儿童的提案
348	1	2026年提案第6号《关于关爱农村留守儿童的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.292712	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.762624	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第6号 关于关爱农村留守儿童的提案
352	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.303354	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.763898	item.assigned	\N	\N	\N	jyj-head	DELIVERED	【交办】2026年建议第13号 关于改善农村学校午餐条件的建议
42	1	2026年建议第2号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.021257	itemId=39\nlabel=2026年建议第2号\n	2026-12-02 06:49:39.379929	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第2号 关于修缮通村公路的建议
48	1	2026年提案第1号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.100122	itemId=45\nlabel=2026年提案第1号\n	2026-12-02 06:49:39.414497	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第1号 关于保障农村饮水安全的提案
354	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：您的建议已交由 jyj 主办。	inbox	2026-12-02 06:49:39.303354	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.769534	item.assigned	\N	\N	\N	deputy03	DELIVERED	【交办】2026年建议第13号 关于改善农村学校午餐条件的建议
364	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.324136	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.776184	item.reply-accepted	\N	\N	\N	jyj-head	DELIVERED	【答复已通过】2026年建议第13号 关于改善农村学校午餐条件的建议
370	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：提出人已测评：满意。	inbox	2026-12-02 06:49:39.328737	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.787552	item.rated	\N	\N	\N	jyj-staff	DELIVERED	【测评结果】2026年建议第13号 关于改善农村学校午餐条件的建议
371	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.328737	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.789107	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第13号 关于改善农村学校午餐条件的建议
375	1	2026年建议第14号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.337432	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.790722	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第14号 关于修缮通村公路的建议
376	1	2026年建议第14号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.337432	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.796169	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第14号 关于修缮通村公路的建议
377	1	2026年建议第14号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:39.337432	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.797696	item.assigned	\N	\N	\N	deputy04	DELIVERED	【交办】2026年建议第14号 关于修缮通村公路的建议
387	1	2026年建议第14号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.365352	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.7995	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第14号 关于修缮通村公路的建议
388	1	2026年建议第14号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.365352	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.801382	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第14号 关于修缮通村公路的建议
389	1	2026年建议第14号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.365352	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.80485	item.replied	\N	\N	\N	deputy04	DELIVERED	【答复】2026年建议第14号 关于修缮通村公路的建议
392	1	2026年建议第14号《关于修缮通村公路的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.378788	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.812227	item.rated	\N	\N	\N	jtj-head	DELIVERED	【测评结果】2026年建议第14号 关于修缮通村公路的建议
393	1	2026年建议第14号《关于修缮通村公路的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.378788	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.813874	item.rated	\N	\N	\N	jtj-staff	DELIVERED	【测评结果】2026年建议第14号 关于修缮通村公路的建议
394	1	2026年建议第14号《关于修缮通村公路的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.378788	itemId=372\nlabel=2026年建议第14号\n	2026-12-02 06:49:39.815617	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第14号 关于修缮通村公路的建议
405	1	2026年建议第15号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.416893	itemId=401\nlabel=2026年建议第15号\n	2026-12-02 06:49:39.817222	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第15号 关于提升乡镇卫生院诊疗能力的建议
406	1	2026年建议第15号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.416893	itemId=401\nlabel=2026年建议第15号\n	2026-12-02 06:49:39.81872	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第15号 关于提升乡镇卫生院诊疗能力的建议
407	1	2026年建议第15号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:39.416893	itemId=401\nlabel=2026年建议第15号\n	2026-12-02 06:49:39.824243	item.assigned	\N	\N	\N	deputy06	DELIVERED	【交办】2026年建议第15号 关于提升乡镇卫生院诊疗能力的建议
414	1	2026年建议第16号《关于增设公共停车位的建议》：您的建议已交由 zjj 主办。	inbox	2026-12-02 06:49:39.428572	itemId=409\nlabel=2026年建议第16号\n	2026-12-02 06:49:39.831354	item.assigned	\N	\N	\N	deputy07	DELIVERED	【交办】2026年建议第16号 关于增设公共停车位的建议
422	1	2026年建议第16号《关于增设公共停车位的建议》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:39.441942	itemId=409\nlabel=2026年建议第16号\n	2026-12-02 06:49:39.835129	item.supervised	\N	\N	\N	zjj-head	DELIVERED	【督办】2026年建议第16号 关于增设公共停车位的建议
423	1	2026年建议第16号《关于增设公共停车位的建议》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:39.441942	itemId=409\nlabel=2026年建议第16号\n	2026-12-02 06:49:39.836895	item.supervised	\N	\N	\N	zjj-staff	DELIVERED	【督办】2026年建议第16号 关于增设公共停车位的建议
430	1	2026年提案第8号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.454249	itemId=426\nlabel=2026年提案第8号\n	2026-12-02 06:49:39.840871	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第8号 关于关爱农村留守儿童的提案
431	1	2026年提案第8号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.454249	itemId=426\nlabel=2026年提案第8号\n	2026-12-02 06:49:39.845003	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第8号 关于关爱农村留守儿童的提案
432	1	2026年提案第8号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:39.454249	itemId=426\nlabel=2026年提案第8号\n	2026-12-02 06:49:39.848268	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第8号 关于关爱农村留守儿童的提案
458	1	2026年建议第17号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.504481	itemId=451\nlabel=2026年建议第17号\n	2026-12-02 06:49:39.849926	item.assigned	\N	\N	\N	jyj-head	DELIVERED	【交办】2026年建议第17号 关于改善农村学校午餐条件的建议
459	1	2026年建议第17号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.504481	itemId=451\nlabel=2026年建议第17号\n	2026-12-02 06:49:39.856202	item.assigned	\N	\N	\N	jyj-staff	DELIVERED	【交办】2026年建议第17号 关于改善农村学校午餐条件的建议
460	1	2026年建议第17号《关于改善农村学校午餐条件的建议》：您的建议已交由 jyj 主办。	inbox	2026-12-02 06:49:39.504481	itemId=451\nlabel=2026年建议第17号\n	2026-12-02 06:49:39.857267	item.assigned	\N	\N	\N	deputy01	DELIVERED	【交办】2026年建议第17号 关于改善农村学校午餐条件的建议
503	1	2026年建议第18号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.587914	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.860756	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第18号 关于修缮通村公路的建议
504	1	2026年建议第18号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.587914	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.861777	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第18号 关于修缮通村公路的建议
505	1	2026年建议第18号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:39.587914	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.86863	item.assigned	\N	\N	\N	deputy02	DELIVERED	【交办】2026年建议第18号 关于修缮通村公路的建议
529	1	2026年建议第18号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.628159	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.870124	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第18号 关于修缮通村公路的建议
530	1	2026年建议第18号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.628159	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.875889	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第18号 关于修缮通村公路的建议
531	1	2026年建议第18号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.628159	itemId=498\nlabel=2026年建议第18号\n	2026-12-02 06:49:39.876846	item.replied	\N	\N	\N	deputy02	DELIVERED	【答复】2026年建议第18号 关于修缮通村公路的建议
544	1	2026年提案第9号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.648086	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.878473	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第9号 关于保障农村饮水安全的提案
545	1	2026年提案第9号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.648086	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.880155	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第9号 关于保障农村饮水安全的提案
546	1	2026年提案第9号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:39.648086	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.881182	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第9号 关于保障农村饮水安全的提案
568	1	2026年提案第9号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.688061	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.887713	item.reply-accepted	\N	\N	\N	slj-head	DELIVERED	【答复已通过】2026年提案第9号 关于保障农村饮水安全的提案
569	1	2026年提案第9号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.688061	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.888683	item.reply-accepted	\N	\N	\N	slj-staff	DELIVERED	【答复已通过】2026年提案第9号 关于保障农村饮水安全的提案
110	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.624777	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.497885	item.assigned	\N	\N	\N	jyj-head	DELIVERED	【交办】2026年建议第5号 关于改善农村学校午餐条件的建议
122	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:38.695797	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.513824	item.reply-accepted	\N	\N	\N	jyj-staff	DELIVERED	【答复已通过】2026年建议第5号 关于改善农村学校午餐条件的建议
123	1	2026年建议第5号《关于改善农村学校午餐条件的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:38.695797	itemId=107\nlabel=2026年建议第5号\n	2026-12-02 06:49:39.515592	item.replied	\N	\N	\N	deputy07	DELIVERED	【答复】2026年建议第5号 关于改善农村学校午餐条件的建议
169	1	2026年提案第3号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:38.855868	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.574946	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第3号 关于保障农村饮水安全的提案
172	1	2026年提案第3号《关于保障农村饮水安全的提案》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:38.855868	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.582786	item.co-assigned	\N	\N	\N	wjj-head	DELIVERED	【协办】2026年提案第3号 关于保障农村饮水安全的提案
192	1	2026年提案第3号《关于保障农村饮水安全的提案》：提出人已测评：满意。	inbox	2026-12-02 06:49:38.926562	itemId=165\nlabel=2026年提案第3号\n	2026-12-02 06:49:39.599122	item.rated	\N	\N	\N	slj-staff	DELIVERED	【测评结果】2026年提案第3号 关于保障农村饮水安全的提案
228	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.031416	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.639838	item.assigned	\N	\N	\N	jyj-head	DELIVERED	【交办】2026年建议第9号 关于改善农村学校午餐条件的建议
231	1	2026年建议第9号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.031416	itemId=224\nlabel=2026年建议第9号\n	2026-12-02 06:49:39.644551	item.co-assigned	\N	\N	\N	jtj-head	DELIVERED	【协办】2026年建议第9号 关于改善农村学校午餐条件的建议
289	1	2026年建议第12号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.181916	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.692033	item.assigned	\N	\N	\N	zjj-head	DELIVERED	【交办】2026年建议第12号 关于增设公共停车位的建议
291	1	2026年建议第12号《关于增设公共停车位的建议》：您的建议已交由 zjj 主办。	inbox	2026-12-02 06:49:39.181916	itemId=285\nlabel=2026年建议第12号\n	2026-12-02 06:49:39.695447	item.assigned	\N	\N	\N	deputy01	DELIVERED	【交办】2026年建议第12号 关于增设公共停车位的建议
319	1	2026年提案第6号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:39.237174	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.735786	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第6号 关于关爱农村留守儿童的提案
334	1	2026年提案第6号《关于关爱农村留守儿童的提案》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.2638	itemId=314\nlabel=2026年提案第6号\n	2026-12-02 06:49:39.750557	item.rated	\N	\N	\N	mzj-staff	DELIVERED	【测评结果】2026年提案第6号 关于关爱农村留守儿童的提案
353	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.303354	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.767673	item.assigned	\N	\N	\N	jyj-staff	DELIVERED	【交办】2026年建议第13号 关于改善农村学校午餐条件的建议
365	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.324136	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.777908	item.reply-accepted	\N	\N	\N	jyj-staff	DELIVERED	【答复已通过】2026年建议第13号 关于改善农村学校午餐条件的建议
366	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.324136	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.779127	item.replied	\N	\N	\N	deputy03	DELIVERED	【答复】2026年建议第13号 关于改善农村学校午餐条件的建议
369	1	2026年建议第13号《关于改善农村学校午餐条件的建议》：提出人已测评：满意。	inbox	2026-12-02 06:49:39.328737	itemId=349\nlabel=2026年建议第13号\n	2026-12-02 06:49:39.780706	item.rated	\N	\N	\N	jyj-head	DELIVERED	【测评结果】2026年建议第13号 关于改善农村学校午餐条件的建议
412	1	2026年建议第16号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:39.428572	itemId=409\nlabel=2026年建议第16号\n	2026-12-02 06:49:39.826179	item.assigned	\N	\N	\N	zjj-head	DELIVERED	【交办】2026年建议第16号 关于增设公共停车位的建议
413	1	2026年建议第16号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:39.428572	itemId=409\nlabel=2026年建议第16号\n	2026-12-02 06:49:39.827944	item.assigned	\N	\N	\N	zjj-staff	DELIVERED	【交办】2026年建议第16号 关于增设公共停车位的建议
461	1	2026年建议第17号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.504481	itemId=451\nlabel=2026年建议第17号\n	2026-12-02 06:49:39.858484	item.co-assigned	\N	\N	\N	jtj-head	DELIVERED	【协办】2026年建议第17号 关于改善农村学校午餐条件的建议
462	1	2026年建议第17号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.504481	itemId=451\nlabel=2026年建议第17号\n	2026-12-02 06:49:39.859731	item.co-assigned	\N	\N	\N	jtj-staff	DELIVERED	【协办】2026年建议第17号 关于改善农村学校午餐条件的建议
570	1	2026年提案第9号《关于保障农村饮水安全的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.688061	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.889595	item.replied	\N	\N	\N	member03	DELIVERED	【答复】2026年提案第9号 关于保障农村饮水安全的提案
621	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.767694	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.904664	item.replied	\N	\N	\N	deputy04	DELIVERED	【答复】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
631	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.784999	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.905609	item.rated	\N	\N	\N	wjj-head	DELIVERED	【测评结果】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
580	1	2026年提案第9号《关于保障农村饮水安全的提案》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.706301	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.891226	item.rated	\N	\N	\N	slj-head	DELIVERED	【测评结果】2026年提案第9号 关于保障农村饮水安全的提案
581	1	2026年提案第9号《关于保障农村饮水安全的提案》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.706301	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.892745	item.rated	\N	\N	\N	slj-staff	DELIVERED	【测评结果】2026年提案第9号 关于保障农村饮水安全的提案
582	1	2026年提案第9号《关于保障农村饮水安全的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.706301	itemId=539\nlabel=2026年提案第9号\n	2026-12-02 06:49:39.8939	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第9号 关于保障农村饮水安全的提案
591	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.727648	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.895121	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
592	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.727648	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.89927	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
593	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:39.727648	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.900436	item.assigned	\N	\N	\N	deputy04	DELIVERED	【交办】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
619	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.767694	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.901399	item.reply-accepted	\N	\N	\N	wjj-head	DELIVERED	【答复已通过】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
620	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.767694	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.903651	item.reply-accepted	\N	\N	\N	wjj-staff	DELIVERED	【答复已通过】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
632	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:39.784999	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.907835	item.rated	\N	\N	\N	wjj-staff	DELIVERED	【测评结果】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
633	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.784999	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.908668	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
649	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.820658	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.912437	item.reply-accepted	\N	\N	\N	wjj-head	DELIVERED	【答复已通过】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
650	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.820658	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.913629	item.reply-accepted	\N	\N	\N	wjj-staff	DELIVERED	【答复已通过】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
651	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.820658	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.914558	item.replied	\N	\N	\N	deputy04	DELIVERED	【答复】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
659	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:39.829079	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.919576	item.rated	\N	\N	\N	wjj-head	DELIVERED	【测评结果】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
660	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:39.829079	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.920611	item.rated	\N	\N	\N	wjj-staff	DELIVERED	【测评结果】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
661	1	2026年建议第19号《关于提升乡镇卫生院诊疗能力的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.829079	itemId=587\nlabel=2026年建议第19号\n	2026-12-02 06:49:39.921506	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第19号 关于提升乡镇卫生院诊疗能力的建议
671	1	2026年建议第20号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.850222	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:39.922313	item.assigned	\N	\N	\N	zjj-head	DELIVERED	【交办】2026年建议第20号 关于增设公共停车位的建议
674	1	2026年建议第20号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.850222	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:39.925409	item.co-assigned	\N	\N	\N	mzj-head	DELIVERED	【协办】2026年建议第20号 关于增设公共停车位的建议
675	1	2026年建议第20号《关于增设公共停车位的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.850222	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:39.932149	item.co-assigned	\N	\N	\N	mzj-staff	DELIVERED	【协办】2026年建议第20号 关于增设公共停车位的建议
672	1	2026年建议第20号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.850222	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:39.923177	item.assigned	\N	\N	\N	zjj-staff	DELIVERED	【交办】2026年建议第20号 关于增设公共停车位的建议
673	1	2026年建议第20号《关于增设公共停车位的建议》：您的建议已交由 zjj 主办。	inbox	2026-12-02 06:49:39.850222	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:39.924051	item.assigned	\N	\N	\N	deputy05	DELIVERED	【交办】2026年建议第20号 关于增设公共停车位的建议
711	1	2026年建议第20号《关于增设公共停车位的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.900147	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.379951	item.reply-accepted	\N	\N	\N	zjj-head	DELIVERED	【答复已通过】2026年建议第20号 关于增设公共停车位的建议
712	1	2026年建议第20号《关于增设公共停车位的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.900147	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.382119	item.reply-accepted	\N	\N	\N	zjj-staff	DELIVERED	【答复已通过】2026年建议第20号 关于增设公共停车位的建议
713	1	2026年建议第20号《关于增设公共停车位的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.900147	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.383634	item.replied	\N	\N	\N	deputy05	DELIVERED	【答复】2026年建议第20号 关于增设公共停车位的建议
720	1	2026年建议第20号《关于增设公共停车位的建议》：提出人已测评：满意。	inbox	2026-12-02 06:49:39.908024	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.386085	item.rated	\N	\N	\N	zjj-head	DELIVERED	【测评结果】2026年建议第20号 关于增设公共停车位的建议
721	1	2026年建议第20号《关于增设公共停车位的建议》：提出人已测评：满意。	inbox	2026-12-02 06:49:39.908024	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.3906	item.rated	\N	\N	\N	zjj-staff	DELIVERED	【测评结果】2026年建议第20号 关于增设公共停车位的建议
722	1	2026年建议第20号《关于增设公共停车位的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.908024	itemId=665\nlabel=2026年建议第20号\n	2026-12-02 06:49:41.394599	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第20号 关于增设公共停车位的建议
737	1	2026年提案第10号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.924195	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.396625	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第10号 关于关爱农村留守儿童的提案
738	1	2026年提案第10号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.924195	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.397702	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第10号 关于关爱农村留守儿童的提案
739	1	2026年提案第10号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:39.924195	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.400554	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第10号 关于关爱农村留守儿童的提案
749	1	2026年提案第10号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.953721	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.403116	item.reply-accepted	\N	\N	\N	mzj-head	DELIVERED	【答复已通过】2026年提案第10号 关于关爱农村留守儿童的提案
750	1	2026年提案第10号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:39.953721	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.404558	item.reply-accepted	\N	\N	\N	mzj-staff	DELIVERED	【答复已通过】2026年提案第10号 关于关爱农村留守儿童的提案
751	1	2026年提案第10号《关于关爱农村留守儿童的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:39.953721	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.407283	item.replied	\N	\N	\N	member06	DELIVERED	【答复】2026年提案第10号 关于关爱农村留守儿童的提案
754	1	2026年提案第10号《关于关爱农村留守儿童的提案》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.961408	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.408468	item.rated	\N	\N	\N	mzj-head	DELIVERED	【测评结果】2026年提案第10号 关于关爱农村留守儿童的提案
755	1	2026年提案第10号《关于关爱农村留守儿童的提案》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:39.961408	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.412944	item.rated	\N	\N	\N	mzj-staff	DELIVERED	【测评结果】2026年提案第10号 关于关爱农村留守儿童的提案
756	1	2026年提案第10号《关于关爱农村留守儿童的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:39.961408	itemId=728\nlabel=2026年提案第10号\n	2026-12-02 06:49:41.414666	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第10号 关于关爱农村留守儿童的提案
762	1	2026年建议第22号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.977352	itemId=759\nlabel=2026年建议第22号\n	2026-12-02 06:49:41.417487	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第22号 关于修缮通村公路的建议
763	1	2026年建议第22号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.977352	itemId=759\nlabel=2026年建议第22号\n	2026-12-02 06:49:41.418599	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第22号 关于修缮通村公路的建议
764	1	2026年建议第22号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:39.977352	itemId=759\nlabel=2026年建议第22号\n	2026-12-02 06:49:41.41975	item.assigned	\N	\N	\N	deputy08	DELIVERED	【交办】2026年建议第22号 关于修缮通村公路的建议
773	1	2026年提案第11号《关于保障农村饮水安全的提案》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.987451	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.44096	item.co-assigned	\N	\N	\N	wjj-staff	DELIVERED	【协办】2026年提案第11号 关于保障农村饮水安全的提案
770	1	2026年提案第11号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.987451	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.426802	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第11号 关于保障农村饮水安全的提案
771	1	2026年提案第11号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:39.987451	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.430394	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第11号 关于保障农村饮水安全的提案
781	1	2026年提案第11号《关于保障农村饮水安全的提案》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:40.022365	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.442041	item.supervised	\N	\N	\N	slj-head	DELIVERED	【督办】2026年提案第11号 关于保障农村饮水安全的提案
782	1	2026年提案第11号《关于保障农村饮水安全的提案》：请加快办理进度，按期答复。（请于 2026-12-09 前反馈）	inbox	2026-12-02 06:49:40.022365	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.443283	item.supervised	\N	\N	\N	slj-staff	DELIVERED	【督办】2026年提案第11号 关于保障农村饮水安全的提案
786	1	2026年建议第23号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:40.045448	itemId=783\nlabel=2026年建议第23号\n	2026-12-02 06:49:41.447427	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第23号 关于提升乡镇卫生院诊疗能力的建议
787	1	2026年建议第23号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-01-02。	inbox	2026-12-02 06:49:40.045448	itemId=783\nlabel=2026年建议第23号\n	2026-12-02 06:49:41.450415	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第23号 关于提升乡镇卫生院诊疗能力的建议
788	1	2026年建议第23号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:40.045448	itemId=783\nlabel=2026年建议第23号\n	2026-12-02 06:49:41.451593	item.assigned	\N	\N	\N	deputy02	DELIVERED	【交办】2026年建议第23号 关于提升乡镇卫生院诊疗能力的建议
798	1	2026年建议第24号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.076995	itemId=795\nlabel=2026年建议第24号\n	2026-12-02 06:49:41.453095	item.assigned	\N	\N	\N	zjj-head	DELIVERED	【交办】2026年建议第24号 关于增设公共停车位的建议
799	1	2026年建议第24号《关于增设公共停车位的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.076995	itemId=795\nlabel=2026年建议第24号\n	2026-12-02 06:49:41.454564	item.assigned	\N	\N	\N	zjj-staff	DELIVERED	【交办】2026年建议第24号 关于增设公共停车位的建议
800	1	2026年建议第24号《关于增设公共停车位的建议》：您的建议已交由 zjj 主办。	inbox	2026-12-02 06:49:40.076995	itemId=795\nlabel=2026年建议第24号\n	2026-12-02 06:49:41.455802	item.assigned	\N	\N	\N	deputy03	DELIVERED	【交办】2026年建议第24号 关于增设公共停车位的建议
812	1	2026年提案第12号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.117718	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.457663	item.assigned	\N	\N	\N	mzj-head	DELIVERED	【交办】2026年提案第12号 关于关爱农村留守儿童的提案
813	1	2026年提案第12号《关于关爱农村留守儿童的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.117718	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.463238	item.assigned	\N	\N	\N	mzj-staff	DELIVERED	【交办】2026年提案第12号 关于关爱农村留守儿童的提案
814	1	2026年提案第12号《关于关爱农村留守儿童的提案》：您的提案已交由 mzj 主办。	inbox	2026-12-02 06:49:40.117718	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.465115	item.assigned	\N	\N	\N	member06	DELIVERED	【交办】2026年提案第12号 关于关爱农村留守儿童的提案
823	1	2026年提案第12号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.146531	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.466867	item.reply-accepted	\N	\N	\N	mzj-head	DELIVERED	【答复已通过】2026年提案第12号 关于关爱农村留守儿童的提案
824	1	2026年提案第12号《关于关爱农村留守儿童的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.146531	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.468638	item.reply-accepted	\N	\N	\N	mzj-staff	DELIVERED	【答复已通过】2026年提案第12号 关于关爱农村留守儿童的提案
825	1	2026年提案第12号《关于关爱农村留守儿童的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.146531	itemId=809\nlabel=2026年提案第12号\n	2026-12-02 06:49:41.476187	item.replied	\N	\N	\N	member06	DELIVERED	【答复】2026年提案第12号 关于关爱农村留守儿童的提案
830	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.160942	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.47924	item.assigned	\N	\N	\N	jyj-head	DELIVERED	【交办】2026年建议第25号 关于改善农村学校午餐条件的建议
832	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您的建议已交由 jyj 主办。	inbox	2026-12-02 06:49:40.160942	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.487647	item.assigned	\N	\N	\N	deputy05	DELIVERED	【交办】2026年建议第25号 关于改善农村学校午餐条件的建议
833	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:40.160942	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.489263	item.co-assigned	\N	\N	\N	jtj-head	DELIVERED	【协办】2026年建议第25号 关于改善农村学校午餐条件的建议
834	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:40.160942	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.490876	item.co-assigned	\N	\N	\N	jtj-staff	DELIVERED	【协办】2026年建议第25号 关于改善农村学校午餐条件的建议
894	1	2026年提案第13号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.267236	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.531471	item.assigned	\N	\N	\N	slj-staff	DELIVERED	【交办】2026年提案第13号 关于保障农村饮水安全的提案
846	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.197816	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.492601	item.reply-accepted	\N	\N	\N	jyj-head	DELIVERED	【答复已通过】2026年建议第25号 关于改善农村学校午餐条件的建议
847	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.197816	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.493902	item.reply-accepted	\N	\N	\N	jyj-staff	DELIVERED	【答复已通过】2026年建议第25号 关于改善农村学校午餐条件的建议
848	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.197816	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.499266	item.replied	\N	\N	\N	deputy05	DELIVERED	【答复】2026年建议第25号 关于改善农村学校午餐条件的建议
851	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:40.201827	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.501536	item.rated	\N	\N	\N	jyj-head	DELIVERED	【测评结果】2026年建议第25号 关于改善农村学校午餐条件的建议
857	1	2026年建议第26号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.210846	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.504512	item.assigned	\N	\N	\N	jtj-head	DELIVERED	【交办】2026年建议第26号 关于修缮通村公路的建议
858	1	2026年建议第26号《关于修缮通村公路的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.210846	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.507205	item.assigned	\N	\N	\N	jtj-staff	DELIVERED	【交办】2026年建议第26号 关于修缮通村公路的建议
859	1	2026年建议第26号《关于修缮通村公路的建议》：您的建议已交由 jtj 主办。	inbox	2026-12-02 06:49:40.210846	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.512056	item.assigned	\N	\N	\N	deputy06	DELIVERED	【交办】2026年建议第26号 关于修缮通村公路的建议
869	1	2026年建议第26号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.229976	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.513425	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第26号 关于修缮通村公路的建议
870	1	2026年建议第26号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.229976	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.514696	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第26号 关于修缮通村公路的建议
871	1	2026年建议第26号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.229976	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.515854	item.replied	\N	\N	\N	deputy06	DELIVERED	【答复】2026年建议第26号 关于修缮通村公路的建议
874	1	2026年建议第26号《关于修缮通村公路的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:40.234642	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.517075	item.rated	\N	\N	\N	jtj-head	DELIVERED	【测评结果】2026年建议第26号 关于修缮通村公路的建议
875	1	2026年建议第26号《关于修缮通村公路的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:40.234642	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.518063	item.rated	\N	\N	\N	jtj-staff	DELIVERED	【测评结果】2026年建议第26号 关于修缮通村公路的建议
876	1	2026年建议第26号《关于修缮通村公路的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:40.234642	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.518906	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第26号 关于修缮通村公路的建议
882	1	2026年建议第26号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.25131	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.519761	item.reply-accepted	\N	\N	\N	jtj-head	DELIVERED	【答复已通过】2026年建议第26号 关于修缮通村公路的建议
883	1	2026年建议第26号《关于修缮通村公路的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.25131	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.520827	item.reply-accepted	\N	\N	\N	jtj-staff	DELIVERED	【答复已通过】2026年建议第26号 关于修缮通村公路的建议
884	1	2026年建议第26号《关于修缮通村公路的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.25131	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.52167	item.replied	\N	\N	\N	deputy06	DELIVERED	【答复】2026年建议第26号 关于修缮通村公路的建议
887	1	2026年建议第26号《关于修缮通村公路的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:40.256866	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.522929	item.rated	\N	\N	\N	jtj-head	DELIVERED	【测评结果】2026年建议第26号 关于修缮通村公路的建议
888	1	2026年建议第26号《关于修缮通村公路的建议》：提出人已测评：重新办理后仍不满意，待当面协商。	inbox	2026-12-02 06:49:40.256866	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.524272	item.rated	\N	\N	\N	jtj-staff	DELIVERED	【测评结果】2026年建议第26号 关于修缮通村公路的建议
889	1	2026年建议第26号《关于修缮通村公路的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:40.256866	itemId=854\nlabel=2026年建议第26号\n	2026-12-02 06:49:41.529073	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第26号 关于修缮通村公路的建议
893	1	2026年提案第13号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.267236	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.530252	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第13号 关于保障农村饮水安全的提案
895	1	2026年提案第13号《关于保障农村饮水安全的提案》：您的提案已交由 slj 主办。	inbox	2026-12-02 06:49:40.267236	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.532504	item.assigned	\N	\N	\N	member03	DELIVERED	【交办】2026年提案第13号 关于保障农村饮水安全的提案
905	1	2026年提案第13号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.286791	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.534758	item.reply-accepted	\N	\N	\N	slj-head	DELIVERED	【答复已通过】2026年提案第13号 关于保障农村饮水安全的提案
906	1	2026年提案第13号《关于保障农村饮水安全的提案》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.286791	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.54112	item.reply-accepted	\N	\N	\N	slj-staff	DELIVERED	【答复已通过】2026年提案第13号 关于保障农村饮水安全的提案
907	1	2026年提案第13号《关于保障农村饮水安全的提案》：您的提案已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.286791	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.542702	item.replied	\N	\N	\N	member03	DELIVERED	【答复】2026年提案第13号 关于保障农村饮水安全的提案
910	1	2026年提案第13号《关于保障农村饮水安全的提案》：提出人已测评：满意。	inbox	2026-12-02 06:49:40.292431	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.543692	item.rated	\N	\N	\N	slj-head	DELIVERED	【测评结果】2026年提案第13号 关于保障农村饮水安全的提案
911	1	2026年提案第13号《关于保障农村饮水安全的提案》：提出人已测评：满意。	inbox	2026-12-02 06:49:40.292431	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.544673	item.rated	\N	\N	\N	slj-staff	DELIVERED	【测评结果】2026年提案第13号 关于保障农村饮水安全的提案
912	1	2026年提案第13号《关于保障农村饮水安全的提案》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:40.292431	itemId=890\nlabel=2026年提案第13号\n	2026-12-02 06:49:41.545587	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年提案第13号 关于保障农村饮水安全的提案
916	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.301776	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.546636	item.assigned	\N	\N	\N	wjj-head	DELIVERED	【交办】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
917	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.301776	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.547751	item.assigned	\N	\N	\N	wjj-staff	DELIVERED	【交办】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
918	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已交由 wjj 主办。	inbox	2026-12-02 06:49:40.301776	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.548538	item.assigned	\N	\N	\N	deputy08	DELIVERED	【交办】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
927	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.322069	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.549556	item.reply-accepted	\N	\N	\N	wjj-head	DELIVERED	【答复已通过】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
928	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：答复已通过审核，已送达提出人。	inbox	2026-12-02 06:49:40.322069	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.55043	item.reply-accepted	\N	\N	\N	wjj-staff	DELIVERED	【答复已通过】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
929	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：您的建议已答复，请查阅答复并进行满意度测评。	inbox	2026-12-02 06:49:40.322069	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.551161	item.replied	\N	\N	\N	deputy08	DELIVERED	【答复】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
932	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:40.330158	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.551932	item.rated	\N	\N	\N	wjj-head	DELIVERED	【测评结果】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
933	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：提出人已测评：基本满意。	inbox	2026-12-02 06:49:40.330158	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.552616	item.rated	\N	\N	\N	wjj-staff	DELIVERED	【测评结果】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
934	1	2026年建议第27号《关于提升乡镇卫生院诊疗能力的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:40.330158	itemId=913\nlabel=2026年建议第27号\n	2026-12-02 06:49:41.553295	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第27号 关于提升乡镇卫生院诊疗能力的建议
769	1	2026年提案第11号《关于保障农村饮水安全的提案》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:39.987451	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.425386	item.assigned	\N	\N	\N	slj-head	DELIVERED	【交办】2026年提案第11号 关于保障农村饮水安全的提案
772	1	2026年提案第11号《关于保障农村饮水安全的提案》：您单位为协办单位，请签收并提交协办意见。	inbox	2026-12-02 06:49:39.987451	itemId=765\nlabel=2026年提案第11号\n	2026-12-02 06:49:41.439608	item.co-assigned	\N	\N	\N	wjj-head	DELIVERED	【协办】2026年提案第11号 关于保障农村饮水安全的提案
831	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：您单位收到交办件，答复期限 2027-03-02。	inbox	2026-12-02 06:49:40.160942	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.481081	item.assigned	\N	\N	\N	jyj-staff	DELIVERED	【交办】2026年建议第25号 关于改善农村学校午餐条件的建议
852	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：提出人已测评：不满意，重新办理。	inbox	2026-12-02 06:49:40.201827	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.502351	item.rated	\N	\N	\N	jyj-staff	DELIVERED	【测评结果】2026年建议第25号 关于改善农村学校午餐条件的建议
853	1	2026年建议第25号《关于改善农村学校午餐条件的建议》：测评需要核实：答复后 0 分钟内即测评	inbox	2026-12-02 06:49:40.201827	itemId=826\nlabel=2026年建议第25号\n	2026-12-02 06:49:41.502996	item.rating-flagged	\N	\N	\N	demo-duban	DELIVERED	【可疑测评】2026年建议第25号 关于改善农村学校午餐条件的建议
\.


--
-- Data for Name: banli_notice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_notice (id, duedate, issuedat, issuedby, respondedat, respondedby, response, notice_text, unit_code, item_id) FROM stdin;
55	2026-12-09	2026-12-02 06:49:38.173495	demo-duban	\N	\N	\N	请加快办理进度，按期答复。	slj	45
239	2026-12-09	2026-12-02 06:49:39.062794	demo-duban	\N	\N	\N	请加快办理进度，按期答复。	jyj	224
421	2026-12-09	2026-12-02 06:49:39.441942	demo-duban	\N	\N	\N	请加快办理进度，按期答复。	zjj	409
780	2026-12-09	2026-12-02 06:49:40.022365	demo-duban	\N	\N	\N	请加快办理进度，按期答复。	slj	765
\.


--
-- Data for Name: banli_number_series; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_number_series (series, lastnumber) FROM stdin;
PROPOSAL-2026	13
SUGGESTION-2026	27
\.


--
-- Data for Name: banli_rating; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_rating (id, rated_at, rating_comment, enteredby, enteredfrom, flag, process, result, handling_round, satisfaction, item_id) FROM stdin;
125	2026-12-02 06:49:38.723339	答复没有解决实际问题	deputy07	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	107
148	2026-12-02 06:49:38.786171	答复没有解决实际问题	deputy08	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	129
161	2026-12-02 06:49:38.839185	仍未解决	deputy08	demo	答复后 0 分钟内即测评	\N	\N	2	UNSATISFIED	129
190	2026-12-02 06:49:38.926562	办理认真	member03	demo	答复后 0 分钟内即测评	\N	\N	1	SATISFIED	165
212	2026-12-02 06:49:39.00522	办理认真	deputy02	demo	答复后 0 分钟内即测评	\N	\N	1	BASICALLY_SATISFIED	194
310	2026-12-02 06:49:39.22545	答复没有解决实际问题	deputy01	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	285
332	2026-12-02 06:49:39.2638	答复没有解决实际问题	member06	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	314
345	2026-12-02 06:49:39.292712	仍未解决	member06	demo	答复后 0 分钟内即测评	\N	\N	2	UNSATISFIED	314
368	2026-12-02 06:49:39.328737	办理认真	deputy03	demo	答复后 0 分钟内即测评	\N	\N	1	SATISFIED	349
391	2026-12-02 06:49:39.378788	办理认真	deputy04	demo	答复后 0 分钟内即测评	\N	\N	1	BASICALLY_SATISFIED	372
579	2026-12-02 06:49:39.706301	答复没有解决实际问题	member03	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	539
630	2026-12-02 06:49:39.784999	答复没有解决实际问题	deputy04	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	587
658	2026-12-02 06:49:39.829079	仍未解决	deputy04	demo	答复后 0 分钟内即测评	\N	\N	2	UNSATISFIED	587
719	2026-12-02 06:49:39.908024	办理认真	deputy05	demo	答复后 0 分钟内即测评	\N	\N	1	SATISFIED	665
753	2026-12-02 06:49:39.961408	办理认真	member06	demo	答复后 0 分钟内即测评	\N	\N	1	BASICALLY_SATISFIED	728
850	2026-12-02 06:49:40.201827	答复没有解决实际问题	deputy05	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	826
873	2026-12-02 06:49:40.234642	答复没有解决实际问题	deputy06	demo	答复后 0 分钟内即测评	\N	\N	1	UNSATISFIED	854
886	2026-12-02 06:49:40.256866	仍未解决	deputy06	demo	答复后 0 分钟内即测评	\N	\N	2	UNSATISFIED	854
909	2026-12-02 06:49:40.292431	办理认真	member03	demo	答复后 0 分钟内即测评	\N	\N	1	SATISFIED	890
931	2026-12-02 06:49:40.330158	办理认真	deputy08	demo	答复后 0 分钟内即测评	\N	\N	1	BASICALLY_SATISFIED	913
\.


--
-- Data for Name: banli_reminder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_reminder (id, item_id, reminder_key, sentat) FROM stdin;
\.


--
-- Data for Name: banli_reply; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_reply (id, acceptedon, approvedat, approvedby, author, contactperson, contactphone, copyto, countersignedby, deadlineinforce, draftedat, limitreason, remark, replyclass, reviewedat, reviewedby, handling_round, signer, reply_state, submissions, submittedat, reply_text, unit_code, item_id) FROM stdin;
68	\N	2026-12-02 06:49:38.286124	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:38.257043	\N	\N	A	\N	\N	1	县卫生健康局局长	APPROVED	0	\N	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	58
85	\N	2026-12-02 06:49:38.448916	zjj-head	zjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	mzj	\N	2026-12-02 06:49:38.415113	\N	\N	B	\N	\N	1	县住房和城乡建设局局长	SUBMITTED	1	2026-12-02 06:49:38.468186	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	zjj	70
100	2026-12-02	2026-12-02 06:49:38.563953	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:38.550718	BEYOND_COUNTY_FINANCES	符合要求	C	2026-12-02 06:49:38.587476	demo-office	1	县民政局局长	ACCEPTED	1	2026-12-02 06:49:38.575335	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	90
117	2026-12-02	2026-12-02 06:49:38.669745	jyj-head	jyj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:38.660109	\N	符合要求	A	2026-12-02 06:49:38.695797	demo-office	1	县教育局局长	ACCEPTED	1	2026-12-02 06:49:38.684785	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jyj	107
139	2026-12-02	2026-12-02 06:49:38.770889	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:38.766495	\N	符合要求	B	2026-12-02 06:49:38.780167	demo-office	1	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:38.776217	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	129
153	2026-12-02	2026-12-02 06:49:38.801662	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-01-02	2026-12-02 06:49:38.792879	BEYOND_COUNTY_FINANCES	\N	C	2026-12-02 06:49:38.82393	demo-office	2	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:38.811695	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	129
180	2026-12-02	2026-12-02 06:49:38.893136	slj-head	slj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	wjj	2027-03-02	2026-12-02 06:49:38.881456	\N	符合要求	B	2026-12-02 06:49:38.910335	demo-office	1	县水利局局长	ACCEPTED	1	2026-12-02 06:49:38.898629	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	slj	165
204	2026-12-02	2026-12-02 06:49:38.988932	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:38.984281	\N	符合要求	A	2026-12-02 06:49:38.998265	demo-office	1	县卫生健康局局长	ACCEPTED	1	2026-12-02 06:49:38.993647	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	194
252	\N	2026-12-02 06:49:39.089793	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:39.086181	\N	\N	B	\N	\N	1	县交通运输局局长	APPROVED	0	\N	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	242
265	\N	2026-12-02 06:49:39.116679	slj-head	slj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:39.112889	BEYOND_COUNTY_FINANCES	\N	C	\N	\N	1	县水利局局长	SUBMITTED	1	2026-12-02 06:49:39.124349	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	slj	255
278	2026-12-02	2026-12-02 06:49:39.159857	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.155956	\N	符合要求	A	2026-12-02 06:49:39.169303	demo-office	1	县卫生健康局局长	ACCEPTED	1	2026-12-02 06:49:39.164788	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	268
300	2026-12-02	2026-12-02 06:49:39.21031	zjj-head	zjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	mzj	2027-03-02	2026-12-02 06:49:39.201575	\N	符合要求	B	2026-12-02 06:49:39.219235	demo-office	1	县住房和城乡建设局局长	ACCEPTED	1	2026-12-02 06:49:39.214962	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	zjj	285
324	2026-12-02	2026-12-02 06:49:39.249953	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.246864	BEYOND_COUNTY_FINANCES	符合要求	C	2026-12-02 06:49:39.258124	demo-office	1	县民政局局长	ACCEPTED	1	2026-12-02 06:49:39.254379	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	314
337	2026-12-02	2026-12-02 06:49:39.275612	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-01-02	2026-12-02 06:49:39.271598	BEYOND_COUNTY_FINANCES	\N	C	2026-12-02 06:49:39.28263	demo-office	2	县民政局局长	ACCEPTED	1	2026-12-02 06:49:39.2792	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	314
359	2026-12-02	2026-12-02 06:49:39.316212	jyj-head	jyj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.312332	\N	符合要求	B	2026-12-02 06:49:39.324136	demo-office	1	县教育局局长	ACCEPTED	1	2026-12-02 06:49:39.320821	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jyj	349
382	2026-12-02	2026-12-02 06:49:39.350552	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.346504	\N	符合要求	B	2026-12-02 06:49:39.365352	demo-office	1	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:39.354238	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	372
443	\N	2026-12-02 06:49:39.484478	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:39.47682	BEYOND_COUNTY_FINANCES	\N	C	\N	\N	1	县民政局局长	APPROVED	0	\N	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	426
482	\N	2026-12-02 06:49:39.565095	jyj-head	jyj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	jtj	\N	2026-12-02 06:49:39.54891	\N	\N	A	\N	\N	1	县教育局局长	SUBMITTED	1	2026-12-02 06:49:39.574508	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jyj	451
516	2026-12-02	2026-12-02 06:49:39.615518	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.60518	\N	符合要求	B	2026-12-02 06:49:39.628159	demo-office	1	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:39.621388	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	498
557	2026-12-02	2026-12-02 06:49:39.673136	slj-head	slj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.669678	BEYOND_COUNTY_FINANCES	符合要求	C	2026-12-02 06:49:39.688061	demo-office	1	县水利局局长	ACCEPTED	1	2026-12-02 06:49:39.680535	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	slj	539
603	2026-12-02	2026-12-02 06:49:39.753098	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.745475	\N	符合要求	A	2026-12-02 06:49:39.767694	demo-office	1	县卫生健康局局长	ACCEPTED	1	2026-12-02 06:49:39.760899	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	587
638	2026-12-02	2026-12-02 06:49:39.804863	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-01-02	2026-12-02 06:49:39.800237	BEYOND_COUNTY_FINANCES	\N	C	2026-12-02 06:49:39.820658	demo-office	2	县卫生健康局局长	ACCEPTED	1	2026-12-02 06:49:39.813191	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	587
695	2026-12-02	2026-12-02 06:49:39.892191	zjj-head	zjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	mzj	2027-03-02	2026-12-02 06:49:39.879645	\N	符合要求	B	2026-12-02 06:49:39.900147	demo-office	1	县住房和城乡建设局局长	ACCEPTED	1	2026-12-02 06:49:39.895713	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	zjj	665
745	2026-12-02	2026-12-02 06:49:39.944582	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:39.938736	BEYOND_COUNTY_FINANCES	符合要求	C	2026-12-02 06:49:39.953721	demo-office	1	县民政局局长	ACCEPTED	1	2026-12-02 06:49:39.950842	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	728
793	\N	2026-12-02 06:49:40.06461	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:40.059633	\N	\N	A	\N	\N	1	县卫生健康局局长	APPROVED	0	\N	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	783
805	\N	2026-12-02 06:49:40.097757	zjj-head	zjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	\N	2026-12-02 06:49:40.092136	\N	\N	B	\N	\N	1	县住房和城乡建设局局长	SUBMITTED	1	2026-12-02 06:49:40.103866	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	zjj	795
819	2026-12-02	2026-12-02 06:49:40.136565	mzj-head	mzj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:40.131812	BEYOND_COUNTY_FINANCES	符合要求	C	2026-12-02 06:49:40.146531	demo-office	1	县民政局局长	ACCEPTED	1	2026-12-02 06:49:40.141769	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	mzj	809
841	2026-12-02	2026-12-02 06:49:40.191895	jyj-head	jyj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	jtj	2027-03-02	2026-12-02 06:49:40.185933	\N	符合要求	A	2026-12-02 06:49:40.197816	demo-office	1	县教育局局长	ACCEPTED	1	2026-12-02 06:49:40.195272	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jyj	826
864	2026-12-02	2026-12-02 06:49:40.222824	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:40.219787	\N	符合要求	B	2026-12-02 06:49:40.229976	demo-office	1	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:40.227203	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	854
878	2026-12-02	2026-12-02 06:49:40.24435	jtj-head	jtj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-01-02	2026-12-02 06:49:40.24069	BEYOND_COUNTY_FINANCES	\N	C	2026-12-02 06:49:40.25131	demo-office	2	县交通运输局局长	ACCEPTED	1	2026-12-02 06:49:40.247785	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	jtj	854
900	2026-12-02	2026-12-02 06:49:40.279399	slj-head	slj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:40.275529	\N	符合要求	B	2026-12-02 06:49:40.286791	demo-office	1	县水利局局长	ACCEPTED	1	2026-12-02 06:49:40.283196	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	slj	890
923	2026-12-02	2026-12-02 06:49:40.315004	wjj-head	wjj-staff	办公室 王老师	0571-86001234	县人大常委会代表工作委员会	\N	2027-03-02	2026-12-02 06:49:40.310551	\N	符合要求	A	2026-12-02 06:49:40.322069	demo-office	1	县卫生健康局局长	ACCEPTED	1	2026-12-02 06:49:40.318775	经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。感谢对我县工作的关心和支持。	wjj	913
\.


--
-- Data for Name: banli_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_unit (id, code, name) FROM stdin;
2	jyj	县教育局
3	jtj	县交通运输局
4	slj	县水利局
5	wjj	县卫生健康局
6	zjj	县住房和城乡建设局
7	mzj	县民政局
\.


--
-- Data for Name: banli_unit_request; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_unit_request (id, approved, decidedat, decidedby, decisionreason, granteddate, request_kind, reason, requestedat, requestedby, requesteddate, unit_code, item_id) FROM stdin;
\.


--
-- Data for Name: banli_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.banli_user (id, channels, createdat, displayname, email, mustchangepassword, passwordhash, phone, roles, username, unit_id) FROM stdin;
1	\N	2026-12-02 06:49:28.881365	系统管理员	\N	f	pbkdf2-sha256$600000$fZnumSAq2ylbxePySB1U9A$dLnHQ7dm5M6sSt2hxBKAaEjqn6T0gcrOOPazo/Tojp0	\N	ADMIN	admin	\N
8	\N	2026-12-02 06:49:31.486817	政府办 刘敏	\N	t	pbkdf2-sha256$600000$tkEGtS/vIS4h9ZHbvKZ+KA$gl5qnr6f1nuC5mBYh609m8REpQYtZp4S8arNybpshXs	\N	OFFICE	demo-office	\N
9	\N	2026-12-02 06:49:31.750213	督查室 高峰	\N	t	pbkdf2-sha256$600000$Mu1e8gYm4fwdhqhfGJRTAw$byFCZ4bxOSZV75GLYiQZah8SqX3Wa/YYjWMXi+OVKgk	\N	SUPERVISOR	demo-duban	\N
10	\N	2026-12-02 06:49:31.950148	张副县长	\N	t	pbkdf2-sha256$600000$u65XQNXwB0bULjcx0ssBwg$FNo7MJTMrWRes+o7lm/SZPFgl10uD8lfk8ft10vY+pI	\N	LEADER	demo-leader	\N
11	\N	2026-12-02 06:49:32.186045	县教育局经办人	\N	t	pbkdf2-sha256$600000$nc1B/adsj4WJwQsOgE6ybg$yKx3IUNmd55eWuGkrWXKRihgEKwnrtXvohzIQEbl0cI	\N	HANDLER	jyj-staff	2
12	\N	2026-12-02 06:49:32.397931	县教育局局长	\N	t	pbkdf2-sha256$600000$4hczyz/ZaiVA+SP3AbpDBQ$dWAD2+bLBpSCfuuDGEaeykRi1BGQQkJ1BQCLQD773xI	\N	UNIT_HEAD	jyj-head	2
13	\N	2026-12-02 06:49:32.6315	县交通运输局经办人	\N	t	pbkdf2-sha256$600000$eeUV5BGdKtEexy2Whzcm/g$c2o6n3P8qrWR/0M3RtIE+Mqcwjk0YPelTmQq8CKgqb0	\N	HANDLER	jtj-staff	3
14	\N	2026-12-02 06:49:32.83752	县交通运输局局长	\N	t	pbkdf2-sha256$600000$altIIwlqLG9KqbQHEyLe9w$1YYKBLV7wgQ47vtaLIv8/LXzgJ/cyiw5mxzSK7urbWM	\N	UNIT_HEAD	jtj-head	3
15	\N	2026-12-02 06:49:33.032448	县水利局经办人	\N	t	pbkdf2-sha256$600000$BE25Y/TJ3kY0snY/zU36Hg$NK6zLHBMVI9LjxP+u/FX0yMttFF5ijchB7qYMEiVYWQ	\N	HANDLER	slj-staff	4
16	\N	2026-12-02 06:49:33.266768	县水利局局长	\N	t	pbkdf2-sha256$600000$xT65/GwQlXqsNA8Ad1y58Q$cYMNV+aS6yl3YP7ShENJOI9P2daqNem5cGqfF7RBWfU	\N	UNIT_HEAD	slj-head	4
17	\N	2026-12-02 06:49:33.507134	县卫生健康局经办人	\N	t	pbkdf2-sha256$600000$tE2DH4axhFxtB46OvLiq0g$acUUGG94ef4rmvYZGP/BYIYUOHyhbmsBntCpFkQtlvo	\N	HANDLER	wjj-staff	5
18	\N	2026-12-02 06:49:33.69159	县卫生健康局局长	\N	t	pbkdf2-sha256$600000$kJEghaLrBKwo2bPxrQGHeg$w/v0ybnTQT29E4KSl9lyVxSOB+GGYDg5Z6Y+CWaxJjU	\N	UNIT_HEAD	wjj-head	5
19	\N	2026-12-02 06:49:33.900722	县住房和城乡建设局经办人	\N	t	pbkdf2-sha256$600000$FkhNsxt4suoeuDo880Mcgg$BMePT0WTJon1E3kr3N2pcf7Gjg1G5KPTKQV3TmPjwDg	\N	HANDLER	zjj-staff	6
20	\N	2026-12-02 06:49:34.125657	县住房和城乡建设局局长	\N	t	pbkdf2-sha256$600000$1sBmNdC1lpDWfn+U4zXUjg$YK235Vi6x6G/QzUGsidfNVVDzJc1PXuM3MhdB+VUv2k	\N	UNIT_HEAD	zjj-head	6
21	\N	2026-12-02 06:49:34.353102	县民政局经办人	\N	t	pbkdf2-sha256$600000$pX3RHirHr+JpK3a/GX892w$ma6bUgQYPI5bIaXx039Biy3pIEF9aar/+B7vUodo228	\N	HANDLER	mzj-staff	7
22	\N	2026-12-02 06:49:34.561455	县民政局局长	\N	t	pbkdf2-sha256$600000$dAVjs1DJudjws7Q7Aq2pSA$TIta9Eslz9vpqQR+wL4K3L1x+VS+Fj5/l6u4Xz9vpJw	\N	UNIT_HEAD	mzj-head	7
23	\N	2026-12-02 06:49:34.809678	赵建国代表	\N	t	pbkdf2-sha256$600000$9d/6EsA/MHA1YMbwv+4WsA$OzEETCTL3/aNNkZZ4BALWPtap1V2drwZJPKtMohQLL0	\N	SUBMITTER	deputy01	\N
24	\N	2026-12-02 06:49:35.060372	钱秀英代表	\N	t	pbkdf2-sha256$600000$y89bG7d45uXWidZ8ek8CSQ$c28t2aZRPRWhW+6Pcari7u+fbSm2GOMHL1/v+5NBHB0	\N	SUBMITTER	deputy02	\N
25	\N	2026-12-02 06:49:35.300022	孙志强代表	\N	t	pbkdf2-sha256$600000$8IcXOzAtYV+GMQeioaXReg$xhNH+gL7Fa+qKcYMkD5gDMT2UJvIwmoqxUAcngl4/WY	\N	SUBMITTER	deputy03	\N
26	\N	2026-12-02 06:49:35.535018	李春梅代表	\N	t	pbkdf2-sha256$600000$pg+MV71a2BKUNCrvl+zzsA$NNgQCUkKSdJkBPmMAB2FTmhqe4rCdDy4FBJYN7W1XvE	\N	SUBMITTER	deputy04	\N
27	\N	2026-12-02 06:49:35.762795	周德明代表	\N	t	pbkdf2-sha256$600000$ezKPMQFwweCmOQtwf4H4Jg$ECOlM3xd74ehPF5BA0taDMgDsz9/l0eEt8o4VFzf3xI	\N	SUBMITTER	deputy05	\N
28	\N	2026-12-02 06:49:36.004762	吴丽华代表	\N	t	pbkdf2-sha256$600000$KmXfRYIFrUxRmwikoKL3tQ$haQdrWns6ZjUMPTB2Tc/S7ntnikT+MtYT8eEuoktI9Q	\N	SUBMITTER	deputy06	\N
29	\N	2026-12-02 06:49:36.248098	郑国庆代表	\N	t	pbkdf2-sha256$600000$y0/xlePb9cIwGL0MijppsA$4bzrtQnT+JT9IilKGVa6bE5ht15k6SImtTLY7FeTg9s	\N	SUBMITTER	deputy07	\N
30	\N	2026-12-02 06:49:36.468943	王桂兰代表	\N	t	pbkdf2-sha256$600000$uZb1BOy8S/DHEW+H9t1zbg$xm5x5n4s7jQNyt1g8EqyxuZMtoibc7DzDisJ+OUocQo	\N	SUBMITTER	deputy08	\N
31	\N	2026-12-02 06:49:36.681251	冯晓东委员	\N	t	pbkdf2-sha256$600000$/N7C/+a2dnInR3jvZg6bJA$lmA2ELkVnIYTXba/Pl5QlB+5AcDsgFzpAl5JzUS+bio	\N	SUBMITTER	member01	\N
32	\N	2026-12-02 06:49:36.906416	陈雅琴委员	\N	t	pbkdf2-sha256$600000$kGcWXCrbEP5spk8qNlKDpA$iuBvEYEaAAwjWrJrUvoLNVWwneSOMJgN1R/itXP9INI	\N	SUBMITTER	member02	\N
33	\N	2026-12-02 06:49:37.11513	褚卫平委员	\N	t	pbkdf2-sha256$600000$3aXSv7a0pJ2h1n/md2iP3w$k5YgqUq2t+t/6xsjUKPcxLkLE06sKkqR4TNqZsCGvyY	\N	SUBMITTER	member03	\N
34	\N	2026-12-02 06:49:37.287011	卫红霞委员	\N	t	pbkdf2-sha256$600000$6+ADFMWdxwZFEciC++ayhw$9RO4YBpWAdOE7oZ6cAmg7Gc3l8c1h+a7BR1444s64Oc	\N	SUBMITTER	member04	\N
35	\N	2026-12-02 06:49:37.487747	蒋立新委员	\N	t	pbkdf2-sha256$600000$LFS8Fax7sWNuRJpdKddZlQ$VS0lV+JDDfvl1S3dvnRk37SNBDU+yHYiv7eE73yNO7I	\N	SUBMITTER	member05	\N
36	\N	2026-12-02 06:49:37.700659	沈玉珍委员	\N	t	pbkdf2-sha256$600000$WvWNXCAxNhoOEBJ7OmP0rQ$RBkQ91kTzVFz5QNWdSIb/DtP+MLL4Agm1whTVCbakYI	\N	SUBMITTER	member06	\N
\.


--
-- Data for Name: sequence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sequence (seq_name, seq_count) FROM stdin;
SEQ_GEN_TABLE	2000
\.


--
-- Name: banli_co_unit banli_co_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_co_unit
    ADD CONSTRAINT banli_co_unit_pkey PRIMARY KEY (id);


--
-- Name: banli_comment banli_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_comment
    ADD CONSTRAINT banli_comment_pkey PRIMARY KEY (id);


--
-- Name: banli_commitment banli_commitment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_commitment
    ADD CONSTRAINT banli_commitment_pkey PRIMARY KEY (id);


--
-- Name: banli_contact banli_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_contact
    ADD CONSTRAINT banli_contact_pkey PRIMARY KEY (id);


--
-- Name: banli_delivery_attempt banli_delivery_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_delivery_attempt
    ADD CONSTRAINT banli_delivery_attempt_pkey PRIMARY KEY (id);


--
-- Name: banli_history_sealing banli_history_sealing_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_history_sealing
    ADD CONSTRAINT banli_history_sealing_pkey PRIMARY KEY (id);


--
-- Name: banli_item_event banli_item_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item_event
    ADD CONSTRAINT banli_item_event_pkey PRIMARY KEY (id);


--
-- Name: banli_item banli_item_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item
    ADD CONSTRAINT banli_item_number UNIQUE (kind, session_year, number);


--
-- Name: banli_item banli_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item
    ADD CONSTRAINT banli_item_pkey PRIMARY KEY (id);


--
-- Name: banli_message banli_message_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_message
    ADD CONSTRAINT banli_message_pkey PRIMARY KEY (id);


--
-- Name: banli_notice banli_notice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_notice
    ADD CONSTRAINT banli_notice_pkey PRIMARY KEY (id);


--
-- Name: banli_number_series banli_number_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_number_series
    ADD CONSTRAINT banli_number_series_pkey PRIMARY KEY (series);


--
-- Name: banli_rating banli_rating_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_rating
    ADD CONSTRAINT banli_rating_pkey PRIMARY KEY (id);


--
-- Name: banli_reminder banli_reminder_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_reminder
    ADD CONSTRAINT banli_reminder_once UNIQUE (item_id, reminder_key);


--
-- Name: banli_reminder banli_reminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_reminder
    ADD CONSTRAINT banli_reminder_pkey PRIMARY KEY (id);


--
-- Name: banli_reply banli_reply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_reply
    ADD CONSTRAINT banli_reply_pkey PRIMARY KEY (id);


--
-- Name: banli_unit banli_unit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_unit
    ADD CONSTRAINT banli_unit_code_key UNIQUE (code);


--
-- Name: banli_unit banli_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_unit
    ADD CONSTRAINT banli_unit_pkey PRIMARY KEY (id);


--
-- Name: banli_unit_request banli_unit_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_unit_request
    ADD CONSTRAINT banli_unit_request_pkey PRIMARY KEY (id);


--
-- Name: banli_user banli_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_user
    ADD CONSTRAINT banli_user_pkey PRIMARY KEY (id);


--
-- Name: banli_user banli_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_user
    ADD CONSTRAINT banli_user_username_key UNIQUE (username);


--
-- Name: sequence sequence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sequence
    ADD CONSTRAINT sequence_pkey PRIMARY KEY (seq_name);


--
-- Name: banli_attempt_message; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_attempt_message ON public.banli_delivery_attempt USING btree (message_id);


--
-- Name: banli_co_unit_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_co_unit_code ON public.banli_co_unit USING btree (unit_code);


--
-- Name: banli_co_unit_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_co_unit_item ON public.banli_co_unit USING btree (item_id);


--
-- Name: banli_comment_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_comment_item ON public.banli_comment USING btree (item_id);


--
-- Name: banli_commitment_reply; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_commitment_reply ON public.banli_commitment USING btree (reply_id);


--
-- Name: banli_contact_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_contact_item ON public.banli_contact USING btree (item_id);


--
-- Name: banli_event_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_event_item ON public.banli_item_event USING btree (item_id);


--
-- Name: banli_item_host; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_item_host ON public.banli_item USING btree (hostunit_id);


--
-- Name: banli_item_merged; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_item_merged ON public.banli_item USING btree (mergedinto);


--
-- Name: banli_item_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_item_order ON public.banli_item USING btree (session_year DESC, kind, number);


--
-- Name: banli_item_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_item_status ON public.banli_item USING btree (status);


--
-- Name: banli_message_due_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_message_due_order ON public.banli_message USING btree (status, channel, nextattemptat, id);


--
-- Name: banli_message_inbox; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_message_inbox ON public.banli_message USING btree (recipient, channel);


--
-- Name: banli_notice_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_notice_item ON public.banli_notice USING btree (item_id);


--
-- Name: banli_rating_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_rating_item ON public.banli_rating USING btree (item_id);


--
-- Name: banli_reply_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_reply_item ON public.banli_reply USING btree (item_id);


--
-- Name: banli_reply_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_reply_state ON public.banli_reply USING btree (reply_state);


--
-- Name: banli_request_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX banli_request_item ON public.banli_unit_request USING btree (item_id);


--
-- Name: banli_co_unit fk_banli_co_unit_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_co_unit
    ADD CONSTRAINT fk_banli_co_unit_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_comment fk_banli_comment_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_comment
    ADD CONSTRAINT fk_banli_comment_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_commitment fk_banli_commitment_reply_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_commitment
    ADD CONSTRAINT fk_banli_commitment_reply_id FOREIGN KEY (reply_id) REFERENCES public.banli_reply(id);


--
-- Name: banli_contact fk_banli_contact_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_contact
    ADD CONSTRAINT fk_banli_contact_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_delivery_attempt fk_banli_delivery_attempt_message_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_delivery_attempt
    ADD CONSTRAINT fk_banli_delivery_attempt_message_id FOREIGN KEY (message_id) REFERENCES public.banli_message(id);


--
-- Name: banli_item_event fk_banli_item_event_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item_event
    ADD CONSTRAINT fk_banli_item_event_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_item fk_banli_item_hostunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item
    ADD CONSTRAINT fk_banli_item_hostunit_id FOREIGN KEY (hostunit_id) REFERENCES public.banli_unit(id);


--
-- Name: banli_item fk_banli_item_submitter_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_item
    ADD CONSTRAINT fk_banli_item_submitter_id FOREIGN KEY (submitter_id) REFERENCES public.banli_user(id);


--
-- Name: banli_notice fk_banli_notice_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_notice
    ADD CONSTRAINT fk_banli_notice_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_rating fk_banli_rating_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_rating
    ADD CONSTRAINT fk_banli_rating_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_reply fk_banli_reply_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_reply
    ADD CONSTRAINT fk_banli_reply_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_unit_request fk_banli_unit_request_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_unit_request
    ADD CONSTRAINT fk_banli_unit_request_item_id FOREIGN KEY (item_id) REFERENCES public.banli_item(id);


--
-- Name: banli_user fk_banli_user_unit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.banli_user
    ADD CONSTRAINT fk_banli_user_unit_id FOREIGN KEY (unit_id) REFERENCES public.banli_unit(id);


--
-- PostgreSQL database dump complete
--

\unrestrict diZWVvjgp3fMwTSlhNrc8z5trN31zBV69lagAN1DkhavaTRUsRlfH0L23cJFnFS

